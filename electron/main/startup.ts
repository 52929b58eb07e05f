/** Thrown for a start-up problem whose message is written for the officer (zh-CN first). */
export class StartupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StartupError'
  }
}

/**
 * The value of `--data DIR` or `--data=DIR` in Electron's argv (which passes unknown arguments
 * through). Undefined when absent; a flag without a folder is an error rather than a silent
 * fallback to the default folder, which would show the officer someone else's notices.
 */
export function parseDataFlag(argv: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? ''
    if (arg === '--') return undefined
    if (arg === '--data') {
      const value = argv[index + 1]
      if (value === undefined || value === '' || value.startsWith('--')) throw new StartupError('--data 需要一个文件夹 (--data needs a folder)')
      return value
    }
    if (arg.startsWith('--data=')) {
      const value = arg.slice('--data='.length)
      if (value === '') throw new StartupError('--data 需要一个文件夹 (--data needs a folder)')
      return value
    }
  }
  return undefined
}

export const startupErrorTitle = 'Countersign 无法启动 (cannot start)'

/**
 * The text of the native error box. Start-up errors (a data folder locked by another Countersign,
 * a damaged store, a bad flag) carry messages written for people, as in the browser shell; the log
 * records only the error's kind. Our own StartupErrors come before the log exists, so no log hint.
 */
export function startupErrorText(error: unknown): string {
  if (error instanceof StartupError) return error.message
  const message = error instanceof Error && error.message.trim() !== '' ? error.message : '未知错误 (unknown error)'
  return `${message}\n\n详情见数据文件夹中的 logs/countersign.log (details in logs/countersign.log in the data folder)`
}

export function debuggingSwitchError(name: string): StartupError {
  return new StartupError(`正式版不接受调试参数 --${name} (debugging switches are refused in packaged builds)`)
}

/** What dropping a damaged journal's unreadable tail costs (StoreCorruptError.loss). */
export type JournalLoss = { journal: string; afterRecord: number; lost: number }

/**
 * The recovery screen of the desktop shell: the store refused to start because a journal is damaged in
 * the middle. The first button says exactly what choosing it loses; the default is to quit and lose
 * nothing (the same refusal comes back at every start until someone chooses).
 */
export function journalLossDialog(loss: JournalLoss, message: string): { type: 'warning'; title: string; message: string; detail: string; buttons: string[]; defaultId: number; cancelId: number; noLink: boolean } {
  return {
    type: 'warning',
    title: startupErrorTitle,
    message: message.split('\n')[0] ?? message,
    detail: message.split('\n').slice(1).join('\n'),
    buttons: [
      `放弃第 ${loss.afterRecord} 条记录之后无法读取的 ${loss.lost} 次保存并启动 (drop the ${loss.lost} unreadable saves after record ${loss.afterRecord} and start)`,
      '退出，不做改动 (quit, change nothing)',
    ],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  }
}
