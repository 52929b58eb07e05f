import { describe, expect, it } from 'vitest'
import { debuggingSwitchError, parseDataFlag, StartupError, startupErrorText, startupErrorTitle } from '../../../../electron/main/startup'

describe('parseDataFlag', () => {
  it('reads --data DIR and --data=DIR wherever Electron puts them', () => {
    expect(parseDataFlag(['/usr/bin/electron', 'out/main/index.js', '--data', '/tmp/d'])).toBe('/tmp/d')
    expect(parseDataFlag(['C:\\Countersign\\Countersign.exe', '--data=D:\\公示'])).toBe('D:\\公示')
    expect(parseDataFlag(['electron', '.', '--no-sandbox', '--data', 'rel/dir', '--lang=zh-CN'])).toBe('rel/dir')
  })

  it('is undefined without the flag, so the per-user folder is used', () => {
    expect(parseDataFlag(['countersign'])).toBeUndefined()
    expect(parseDataFlag(['countersign', '--database', 'x'])).toBeUndefined()
    expect(parseDataFlag(['countersign', '--', '--data', 'x'])).toBeUndefined()
  })

  it('refuses a flag without a folder rather than silently opening the default one', () => {
    expect(() => parseDataFlag(['countersign', '--data'])).toThrow(StartupError)
    expect(() => parseDataFlag(['countersign', '--data', '--lang=zh-CN'])).toThrow(/--data/)
    expect(() => parseDataFlag(['countersign', '--data='])).toThrow(StartupError)
  })
})

describe('start-up error box', () => {
  it('puts Chinese first in the title', () => {
    expect(startupErrorTitle).toMatch(/^Countersign 无法启动/)
  })

  it('shows a store message (for example the lock held by another window) and points to the log', () => {
    const text = startupErrorText(new Error('数据文件夹正被另一个 Countersign 使用 (data folder in use)'))
    expect(text).toContain('数据文件夹正被另一个 Countersign 使用')
    expect(text).toContain('logs/countersign.log')
  })

  it('shows our own start-up errors as they are, and something readable for non-errors', () => {
    expect(startupErrorText(new StartupError('--data 需要一个文件夹 (--data needs a folder)'))).toBe('--data 需要一个文件夹 (--data needs a folder)')
    expect(startupErrorText('boom')).toContain('未知错误')
    expect(startupErrorText(new Error(''))).toContain('未知错误')
    expect(debuggingSwitchError('remote-debugging-port').message).toContain('--remote-debugging-port')
  })
})
