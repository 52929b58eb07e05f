import type { BaseWindow, OpenDialogOptions, OpenDialogReturnValue } from 'electron'
import { describe, expect, it } from 'vitest'
import { folderChooser, folderDialogOptions } from '../../../../electron/main/folder-dialog'

// 选择文件夹 in the desktop app: the main process opens the system's folder dialog over the main window — folders
// only, one dialog at a time — and answers one folder or nothing.

const window = (destroyed = false) => ({ isDestroyed: () => destroyed }) as unknown as BaseWindow

function fakeDialog(answer: OpenDialogReturnValue) {
  const calls: { window: BaseWindow; options: OpenDialogOptions }[] = []
  let release: () => void = () => undefined
  const gate = new Promise<void>((resolve) => (release = resolve))
  return {
    calls,
    release,
    dialog: {
      async showOpenDialog(w: BaseWindow, options: OpenDialogOptions) {
        calls.push({ window: w, options })
        await gate
        return answer
      },
    },
    open: () => release(),
  }
}

describe('folderChooser', () => {
  it('opens a folders-only dialog over the main window and answers the folder chosen', async () => {
    const main = window()
    const fake = fakeDialog({ canceled: false, filePaths: ['/home/office/site'] })
    const choose = folderChooser(fake.dialog, () => main)
    const pending = choose()
    fake.open()
    expect(await pending).toBe('/home/office/site')
    expect(fake.calls).toHaveLength(1)
    expect(fake.calls[0].window).toBe(main)
    expect(fake.calls[0].options).toBe(folderDialogOptions)
    expect(folderDialogOptions.properties).toContain('openDirectory')
    expect(folderDialogOptions.properties).not.toContain('openFile')
    expect(folderDialogOptions.properties).not.toContain('multiSelections')
    expect(folderDialogOptions.title).toMatch(/[\u4e00-\u9fff]/)
  })

  it('answers nothing when cancelled, when several paths come back, without a window, or while a dialog is open', async () => {
    const cancelled = fakeDialog({ canceled: true, filePaths: [] })
    cancelled.open()
    expect(await folderChooser(cancelled.dialog, () => window())()).toBeUndefined()
    const several = fakeDialog({ canceled: false, filePaths: ['/a', '/b'] })
    several.open()
    expect(await folderChooser(several.dialog, () => window())()).toBeUndefined()
    const none = fakeDialog({ canceled: false, filePaths: ['/a'] })
    expect(await folderChooser(none.dialog, () => undefined)()).toBeUndefined()
    expect(await folderChooser(none.dialog, () => window(true))()).toBeUndefined()
    expect(none.calls).toHaveLength(0)

    const once = fakeDialog({ canceled: false, filePaths: ['/a'] })
    const choose = folderChooser(once.dialog, () => window())
    const first = choose()
    expect(await choose()).toBeUndefined()
    once.open()
    expect(await first).toBe('/a')
    expect(once.calls).toHaveLength(1)
    // closed again: the next request opens a dialog
    const again = choose()
    expect(await again).toBe('/a')
    expect(once.calls).toHaveLength(2)
  })
})
