import path from 'node:path'
import type { CorruptFile } from './errors'
import type { LockInfo } from './lock'

/**
 * Texts a person may read, Chinese first and English after, in the form the services use: `中文 (English)`.
 * They name files and record numbers only — never document text.
 */
export function note(zh: string, en: string): string {
  return `${zh} (${en})`
}

export function lockedMessage(dir: string, holder: LockInfo | undefined): string {
  if (!holder) {
    return note(
      `数据目录 ${dir} 已被锁定，但锁文件无法读取。如确认没有其他 Countersign 在运行，可删除 ${path.join(dir, 'LOCK')} 后重试`,
      `the data directory ${dir} is locked but its lock file cannot be read; if no other Countersign is running, delete ${path.join(dir, 'LOCK')} and try again`,
    )
  }
  return note(
    `另一个 Countersign（${holder.tag}，进程 ${holder.pid}，${holder.host}，启动于 ${holder.startedAt}）正在使用数据目录 ${dir}，请先关闭它`,
    `another Countersign (${holder.tag}, pid ${holder.pid} on ${holder.host}, started ${holder.startedAt}) is using the data directory ${dir}; close it first`,
  )
}

const name = (file: string): string => path.basename(file)

export function describeFile(item: CorruptFile): string {
  const where = item.movedTo
    ? note(`已移至 ${item.movedTo}`, `moved to ${item.movedTo}`)
    : note('文件保留在原处未作改动', 'the file is left where it is, unchanged')
  return `${item.file}: ${item.problem}; ${where}`
}

export function corruptMessage(summaryZh: string, summaryEn: string, files: readonly CorruptFile[]): string {
  return [note(summaryZh, summaryEn), ...files.map(describeFile)].join('\n')
}

export const notes = {
  tempRemoved: (file: string) => note(`删除了中断的快照写入留下的临时文件 ${name(file)}`, `removed ${name(file)}, left by an interrupted snapshot`),
  tornTail: (file: string, bytes: number) =>
    note(
      `丢弃了 ${name(file)} 末尾未写完的记录（${bytes} 字节，崩溃时尚未确认保存）`,
      `dropped an unfinished record at the end of ${name(file)} (${bytes} bytes, never acknowledged as saved)`,
    ),
  snapshotMovedAside: (file: string, problem: string, movedTo: string) =>
    note(`快照 ${name(file)} 损坏（${problem}），已移至 ${movedTo}`, `snapshot ${name(file)} is damaged (${problem}); moved to ${movedTo}`),
  fellBack: (gen: number, records: number) =>
    note(
      gen === 0
        ? `已从初始状态重放 ${records} 条日志记录，没有丢失已保存的内容`
        : `已从上一代快照（第 ${gen} 代）重放 ${records} 条日志记录，没有丢失已保存的内容`,
      gen === 0
        ? `rebuilt from the start by replaying ${records} journal records; no saved change was lost`
        : `recovered from the previous snapshot (generation ${gen}) by replaying ${records} journal records; no saved change was lost`,
    ),
  journalMissing: (file: string) =>
    note(`日志 ${name(file)} 不存在，已新建；该快照之后的保存无法核对`, `journal ${name(file)} was missing and has been created; saves after its snapshot could not be checked`),
  tailDropped: (at: string, file: string, afterRecord: number, lost: number, movedTo: string) =>
    note(
      `${at}：按操作人员的选择，放弃了 ${name(file)} 第 ${afterRecord} 条记录之后无法读取的 ${lost} 次保存；原文件保留在 ${movedTo}`,
      `${at}: by a person's choice, dropped the ${lost} unreadable saves after record ${afterRecord} of ${name(file)}; the original is kept at ${movedTo}`,
    ),
  ignoredGarbage: (file: string, offset: number) =>
    note(
      `${name(file)} 在第 ${offset} 字节之后有无法读取的内容，但下一个日志文件紧接其后，没有缺失记录`,
      `${name(file)} has unreadable bytes after offset ${offset}, but the next journal continues from its last record, so nothing is missing`,
    ),
}
