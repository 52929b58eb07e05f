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

export const processOutput: Output = {
  out: (text) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
}

export function printJson(output: Output, value: unknown): void {
  output.out(JSON.stringify(value, null, 2))
}
