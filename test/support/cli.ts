import { execFile } from 'node:child_process'
import path from 'node:path'

export const repoRoot = path.resolve(import.meta.dirname, '../..')
export type CliRun = { code: number; stdout: string; stderr: string }

/**
 * Runs the real CLI entry point (bin/countersign.mjs) in a child process, as a user would. The caller's
 * COUNTERSIGN_PASSWORD and COUNTERSIGN_DATA are not inherited: a test passes them explicitly or not at all.
 */
export function cli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const base = { ...process.env }
  delete base.COUNTERSIGN_PASSWORD
  delete base.COUNTERSIGN_DATA
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(repoRoot, 'bin/countersign.mjs'), ...args], { cwd: repoRoot, env: { ...base, ...env }, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
    })
  })
}
