import fs from 'node:fs'
import { writeAll } from './durable-fs'

/**
 * Appends frames to one journal file and fdatasyncs each before returning, so an append that returned is
 * on disk. A failed append is cut back off the file: a later record must never follow a partial one.
 */
export class JournalWriter {
  /** Set when a failed append could not be cut back: no further appends are safe until restart. */
  broken: Error | undefined
  private fd: number | undefined

  constructor(
    readonly file: string,
    private size: number,
  ) {
    this.fd = fs.openSync(file, 'r+')
    // Positional writes from `size`: anything past it (a dropped torn tail) is cut off now, durably, so
    // no stale byte can sit after the next record.
    if (fs.fstatSync(this.fd).size !== size) {
      fs.ftruncateSync(this.fd, size)
      fs.fsyncSync(this.fd)
    }
  }

  get bytes(): number {
    return this.size
  }

  append(frame: Uint8Array): void {
    if (this.broken) throw this.broken
    const fd = this.handle()
    const start = this.size
    try {
      writeAll(fd, frame, start)
      fs.fdatasyncSync(fd)
      this.size = start + frame.length
    } catch (error) {
      this.cutBack(start)
      throw error
    }
  }

  /** Removes the last append (its transaction failed to commit after it was written). */
  undoLast(frameLength: number): void {
    this.cutBack(this.size - frameLength)
  }

  close(): void {
    if (this.fd === undefined) return
    fs.closeSync(this.fd)
    this.fd = undefined
  }

  private cutBack(size: number): void {
    try {
      const fd = this.handle()
      fs.ftruncateSync(fd, size)
      fs.fdatasyncSync(fd)
      this.size = size
    } catch (error) {
      this.broken = new Error(
        `日志文件 ${this.file} 写入失败且无法恢复，请重新启动 (the journal could not be repaired after a failed write; restart Countersign)`,
        { cause: error },
      )
    }
  }

  private handle(): number {
    if (this.fd === undefined) throw new Error(`journal ${this.file} is closed`)
    return this.fd
  }
}
