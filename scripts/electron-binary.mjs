// Finds an Electron binary WITHOUT require('electron'): from electron 42 on, requiring the package
// downloads the binary on first use, which an offline machine cannot do.
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')

function platformExecutable(platform = process.platform) {
  if (platform === 'win32') return 'electron.exe'
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron'
  return 'electron'
}

/** The path of a usable Electron executable, or undefined (with the places looked at in `searched`). */
export function findElectronBinary(env = process.env, searched = []) {
  const pathFile = path.join(root, 'node_modules', 'electron', 'path.txt')
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : platformExecutable()
  const candidates = []
  if (env.ELECTRON_OVERRIDE_DIST_PATH) candidates.push(path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative))
  candidates.push(path.join(root, 'node_modules', 'electron', 'dist', relative))
  searched.push(...candidates)
  return candidates.find((candidate) => fs.existsSync(candidate))
}
