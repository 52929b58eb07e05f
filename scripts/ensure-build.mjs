// Builds out/ with electron-vite when it is missing or older than the sources.
// Used by `npm start` and by the end-to-end tests, so neither can run a stale UI.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const stamp = path.join(root, 'out', '.build-stamp')
const sources = ['electron', 'renderer', 'shared', 'electron.vite.config.ts', 'package.json']

function newestMtime(entry) {
  const stat = fs.statSync(entry, { throwIfNoEntry: false })
  if (!stat) return 0
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const name of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, name)))
  return newest
}

export function buildIsFresh() {
  const built = fs.statSync(stamp, { throwIfNoEntry: false })
  if (!built) return false
  return sources.every((source) => newestMtime(path.join(root, source)) <= built.mtimeMs)
}

/**
 * Returns true when it had to build. Throws with the build's exit status when the build fails. `force`
 * builds even when out/ is fresh (`npm run build`); either way the stamp is written, so a run that built
 * with `npm run build` does not build again when the end-to-end tests start.
 */
export function ensureBuild({ quiet = false, force = false } = {}) {
  if (!force && buildIsFresh()) return false
  if (!quiet) process.stdout.write('正在构建 building (electron-vite build)…\n')
  const cli = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: root, stdio: quiet ? 'pipe' : 'inherit', encoding: 'utf8' })
  if (result.status !== 0) {
    const detail = quiet ? `\n${result.stdout ?? ''}${result.stderr ?? ''}` : ''
    throw new Error(`electron-vite build failed (exit ${result.status})${detail}`)
  }
  fs.writeFileSync(stamp, new Date().toISOString())
  return true
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    ensureBuild({ force: process.argv.includes('--force') })
  } catch (error) {
    process.stderr.write(`${error.message}\n`)
    process.exit(1)
  }
}
