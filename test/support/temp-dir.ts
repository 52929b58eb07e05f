import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
const made: string[] = []

/**
 * A fresh temporary directory, removed after the current test (by test/support/setup-files.ts, which every test
 * file runs: a hook registered here would belong only to the first file of a worker that loaded this module).
 */
export function tempDir(prefix = 'countersign-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  made.push(dir)
  return dir
}

/** Removes every directory tempDir made since the last call. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
}
