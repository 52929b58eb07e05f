/** Exit codes from contracts.md: 0 success, 1 a finding the user must act on, 2 bad usage or unreadable input. */
export const exitCodes = { ok: 0, actionNeeded: 1, usage: 2 } as const

/** A failure the CLI reports as one line on stderr, never as a stack trace. */
export class CliError extends Error {
  readonly exitCode: number
  constructor(message: string, exitCode: number = exitCodes.usage) {
    super(message)
    this.name = 'CliError'
    this.exitCode = exitCode
  }
}

/** Where a command writes: stdout for results, stderr for one-line reasons. Tests pass their own. */
export type Output = { out(text: string): void; err(text: string): void }

/**
 * A reader that stops early (`verify … | head -1`) closes the pipe: the next write fails with EPIPE. That
 * is no error of the command: output stops quietly and the command still ends with its own exit code.
 */
let stdoutClosed = false
let guarded = false
function guardStdout(): void {
  if (guarded) return
  guarded = true
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') {
      stdoutClosed = true
      return
    }
    // anything else on stdout (a full disk under a redirect): one line, the usage exit code, no stack
    process.stderr.write(`countersign: cannot write the output (${error.code ?? error.name})\n`)
    process.exit(exitCodes.usage)
  })
}

export const processOutput: Output = {
  out: (text) => {
    guardStdout()
    if (stdoutClosed) return
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`)
  },
  err: (text) => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
}

export function printJson(output: Output, value: unknown): void {
  output.out(JSON.stringify(value, null, 2))
}
