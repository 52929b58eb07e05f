/**
 * 选择文件夹 for the browser shell, which has no system folder dialog (the host runs on the same machine as the
 * browser): the subfolders of one folder, with the way back up (上一级, the path as breadcrumbs) and where to start
 * (the home folder; the drives on Windows, the root elsewhere). Folder names only: never a file's name, never a
 * file's contents. Read asynchronously, so a folder of many entries never holds up the services.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { FolderListing } from '../../../shared/api/contract-sweep'
import { serviceError } from '../../../shared/api/result'

/** The most subfolders one listing names; the rest are counted (`more`), and a longer path can be typed. */
export const folderListLimit = 1000

const collator = new Intl.Collator('zh-CN', { numeric: true })

/** Whether a drive's root can be read as a folder: a missing drive, an empty card reader or a refused one is not. */
export type DriveProbe = (root: string) => Promise<boolean>

const probeDrive: DriveProbe = (root) =>
  fs.promises.readdir(root).then(
    () => true,
    () => false,
  )

/**
 * The tops of the tree: the root elsewhere; on Windows every drive from A: to Z: that `probe` can read, each
 * probed at once (an unreadable drive is left out, never an error).
 */
export async function driveRoots(platform: NodeJS.Platform, probe: DriveProbe = probeDrive, home = os.homedir()): Promise<FolderListing['roots']> {
  if (platform !== 'win32') return [{ name: '根目录', path: path.parse(home).root || '/' }]
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')
  const readable = await Promise.all(letters.map((l) => Promise.resolve(`${l}:\\`).then(probe).catch(() => false)))
  return letters.filter((_, i) => readable[i]).map((l) => ({ name: `${l}: 盘`, path: `${l}:\\` }))
}

/** Where listing starts and what the top of the tree is: the home folder, then the root or the drives on Windows. */
async function startingPoints(platform: NodeJS.Platform): Promise<FolderListing['roots']> {
  return [{ name: '主文件夹', path: os.homedir() }, ...(await driveRoots(platform))]
}

/** Which folder a refusal names (the catalogue words it: 要排查的文件夹, 导出文件夹…). */
export type FolderRole = 'chosen' | 'folder' | 'sweep' | 'export'

/**
 * A folder the user named, checked without blocking: absolute, existing, a folder, readable. The message
 * names the folder (zh-CN, the technical words in parentheses).
 */
export async function checkedFolderAsync(folder: string, what: FolderRole): Promise<string> {
  if (folder.includes('\u0000') || !path.isAbsolute(folder)) {
    throw serviceError('invalid_request', 'folder.notAbsolute', { what, path: folder.replaceAll('\u0000', '') })
  }
  const resolved = path.resolve(folder)
  const stat = await fs.promises.stat(resolved).catch(() => undefined)
  if (!stat) throw serviceError('not_found', 'folder.missing', { what, path: resolved })
  if (!stat.isDirectory()) throw serviceError('invalid_request', 'folder.notFolder', { path: resolved })
  try {
    await fs.promises.access(resolved, fs.constants.R_OK | fs.constants.X_OK)
  } catch {
    throw serviceError('invalid_request', 'folder.unreadable', { what, path: resolved })
  }
  return resolved
}

/** The path from the top down, each step a breadcrumb: /home/office → 根目录 › home › office. */
function crumbsOf(folder: string): FolderListing['crumbs'] {
  const { root } = path.parse(folder)
  const crumbs: FolderListing['crumbs'] = [{ name: root === '/' ? '根目录' : root.replace(/[\\/]+$/, ''), path: root }]
  let at = root
  for (const part of folder.slice(root.length).split(/[\\/]+/).filter(Boolean)) {
    at = path.join(at, part)
    crumbs.push({ name: part, path: at })
  }
  return crumbs
}

/**
 * The subfolders of `folder` (the home folder when none is named), sorted as a Chinese reader expects, hidden
 * ones (a leading dot) left out. A link to a folder counts as a folder.
 */
export async function listFolders(folder: string | undefined, platform: NodeJS.Platform = process.platform): Promise<FolderListing> {
  const at = await checkedFolderAsync(folder ?? os.homedir(), 'folder')
  const names: string[] = []
  let dir: fs.Dir
  try {
    dir = await fs.promises.opendir(at, { bufferSize: 256 })
  } catch {
    throw serviceError('invalid_request', 'folder.unreadable', { what: 'folder', path: at })
  }
  let more = 0
  try {
    for await (const entry of dir) {
      if (entry.name.startsWith('.')) continue
      const isFolder = entry.isDirectory() || (entry.isSymbolicLink() && (await fs.promises.stat(path.join(at, entry.name)).then((s) => s.isDirectory(), () => false)))
      if (!isFolder) continue
      if (names.length < folderListLimit) names.push(entry.name)
      else more++
    }
  } catch {
    throw serviceError('invalid_request', 'folder.unreadable', { what: 'folder', path: at })
  }
  names.sort(collator.compare)
  const parent = path.dirname(at)
  return {
    path: at,
    parent: parent === at ? null : parent,
    crumbs: crumbsOf(at),
    folders: names.map((name) => ({ name, path: path.join(at, name) })),
    more,
    roots: await startingPoints(platform),
  }
}
