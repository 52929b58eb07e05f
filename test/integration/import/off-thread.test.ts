import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ImportError } from '../../../shared/import/index'
import { importBytes } from '../../../electron/services/import/index'
import { importBytesOffThread, lastImportThread } from '../../../electron/services/import/run-import'
import { bigDibaoRows, xlsxBytes } from './make-ooxml'

// notice.import parses on a worker thread: the main process (Electron main, browser host) keeps
// answering while a 100,000-row workbook is read.

const fixture = path.join(import.meta.dirname, '../../fixtures/import/dibao.xlsx')

describe('import on a worker thread', () => {
  it('gives the same document as the in-process import, with progress ending at 1', async () => {
    const bytes = new Uint8Array(fs.readFileSync(fixture))
    const progress: number[] = []
    const off = await importBytesOffThread(bytes, 'dibao.xlsx', { onProgress: (f) => progress.push(f) })
    expect(lastImportThread).toBe('worker')
    expect(off).toEqual(await importBytes(bytes, 'dibao.xlsx'))
    expect(progress.at(-1)).toBe(1)
    // the caller's bytes are not transferred away
    expect(bytes.length).toBeGreaterThan(0)
  })

  it('passes the import error through whole, and stops when cancelled', async () => {
    const broken = new Uint8Array(fs.readFileSync(fixture)).subarray(0, 1500)
    const error = await importBytesOffThread(broken, '名单.xlsx').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ImportError)
    expect((error as ImportError).message).toMatch(/^名单\.xlsx: /)
    const controller = new AbortController()
    const pending = importBytesOffThread(xlsxBytes({ sheets: [{ name: '名单', rows: bigDibaoRows(20_000, (i) => `3407051980010${String(i).padStart(5, '0')}`) }] }), 'big.xlsx', { signal: controller.signal })
    controller.abort()
    expect(((await pending.catch((e: unknown) => e)) as ImportError).code).toBe('aborted')
  })

  it('keeps this thread responsive while a 100,000-row workbook is imported', async () => {
    const bytes = xlsxBytes({ sheets: [{ name: '名单', rows: bigDibaoRows(100_000, (i) => `3407051980010${String(i).padStart(5, '0')}`) }] })
    // What ran on this thread, in order: 't' a timer of our own, 'p' a progress report from the parse.
    // In-process the parse would hold the thread from its first report to its last; off it, timers run in between.
    const events: string[] = []
    const timer = setInterval(() => events.push('t'), 1)
    const doc = await importBytesOffThread(bytes, 'big.xlsx', { onProgress: (fraction) => events.push(fraction < 1 ? 'p' : 'done') })
    clearInterval(timer)
    expect(lastImportThread).toBe('worker')
    const table = doc.blocks.find((b) => b.kind === 'table')
    expect(table?.kind === 'table' ? table.rows.length : 0).toBe(100_000)
    const during = events.slice(events.indexOf('p'), events.lastIndexOf('p'))
    expect(during.filter((e) => e === 'p').length).toBeGreaterThan(10)
    expect(during.filter((e) => e === 't').length).toBeGreaterThan(0)
  })
})
