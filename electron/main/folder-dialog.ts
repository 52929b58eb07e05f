import type { BaseWindow, OpenDialogOptions, OpenDialogReturnValue } from 'electron'

/** The system's folder dialog as 选择文件夹 opens it: folders only, one at a time, nothing added to recent files. */
export const folderDialogOptions: OpenDialogOptions = {
  title: '选择要排查的文件夹',
  buttonLabel: '选择此文件夹',
  properties: ['openDirectory', 'dontAddToRecent'],
}

export type FolderDialog = { showOpenDialog(window: BaseWindow, options: OpenDialogOptions): Promise<OpenDialogReturnValue> }

/**
 * 选择文件夹 in the desktop app (the services' `sweep.chooseFolder`): opens the system folder dialog over the main
 * window, in the main process only — the renderer never names a path to it, it only asks. Answers the one
 * folder chosen, or undefined when cancelled, when there is no window, or while a dialog is already open (a
 * second request does not stack a second dialog). The services check the folder before anyone uses it.
 */
export function folderChooser(dialog: FolderDialog, window: () => BaseWindow | undefined): () => Promise<string | undefined> {
  let open = false
  return async () => {
    const parent = window()
    if (open || !parent || parent.isDestroyed()) return undefined
    open = true
    try {
      const answer = await dialog.showOpenDialog(parent, folderDialogOptions)
      if (answer.canceled || answer.filePaths.length !== 1) return undefined
      return answer.filePaths[0]
    } finally {
      open = false
    }
  }
}
