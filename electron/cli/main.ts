import packageJson from '../../package.json'
import { CliError, exitCodes, processOutput, type Output } from './io'

// Each command is loaded when it runs (the built CLI keeps each in its own chunk): `--version` reads next to
// nothing, `verify` never loads the PII engine.
type Command = (args: string[], output: Output) => number | Promise<number>
const commands: Record<string, () => Promise<Command>> = {
  scan: async () => (await import('./commands/scan')).scanCommand,
  redact: async () => (await import('./commands/redact')).redactCommand,
  notice: async () => (await import('./commands/notice')).noticeCommand,
  user: async () => (await import('./commands/user')).userCommand,
  trust: async () => (await import('./commands/trust')).trustCommand,
  review: async () => (await import('./commands/review')).reviewCommand,
  audit: async () => (await import('./commands/audit')).auditCommand,
  export: async () => (await import('./commands/export')).exportCommand,
  verify: async () => (await import('./commands/verify')).verifyCommand,
  store: async () => (await import('./commands/store')).storeCommand,
  sweep: async () => (await import('./commands/sweep')).sweepCommand,
}

async function help(): Promise<string> {
  const [{ scanUsage }, { redactUsage }, { noticeUsage }, { userUsage }, { trustUsage }, { auditUsage }, { verifyUsage }, { exportUsage }, { reviewUsage }, { storeUsage }, { sweepUsage }] = await Promise.all([
    import('./commands/scan'),
    import('./commands/redact'),
    import('./commands/notice'),
    import('./commands/user'),
    import('./commands/trust'),
    import('./commands/audit'),
    import('./commands/verify'),
    import('./commands/export'),
    import('./commands/review'),
    import('./commands/store'),
    import('./commands/sweep'),
  ])
  return `Countersign 会签 — 政务公开信息发布前的个人信息审查与双人会签
usage: node bin/countersign.mjs <command> [options]

commands:
  ${scanUsage}
  ${redactUsage}   (review findings are masked; see redact --help)
  ${noticeUsage.split('\n').join('\n  ')}
  ${userUsage.split('\n').join('\n  ')}
  ${exportUsage}
  ${trustUsage.split('\n').join('\n  ')}
  ${reviewUsage.split('\n').join('\n  ')}
  ${verifyUsage}
  ${auditUsage.split('\n').join('\n  ')}
  ${storeUsage}
  ${sweepUsage.split('\n').join('\n  ')}

common options:
  --data DIR         data directory (else COUNTERSIGN_DATA, else the per-user application-data folder)
  --json             machine-readable output on stdout
  --as LOGIN         act as this account; its password from --password-file FILE or COUNTERSIGN_PASSWORD
                     (never a plain argument; password files: first line only)
  --help, --version

exit codes: 0 success, 1 a finding you must act on, 2 bad usage or unreadable input`
}

/** Runs one command line; returns the exit code. Errors become one line on stderr, never a stack trace. */
export async function run(argv: string[], output: Output = processOutput): Promise<number> {
  const [command, ...rest] = argv
  try {
    switch (command) {
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        output.out(await help())
        return command === undefined ? exitCodes.usage : exitCodes.ok
      case '--version':
      case '-v':
        output.out(packageJson.version)
        return exitCodes.ok
      default: {
        const load = Object.hasOwn(commands, command) ? commands[command] : undefined
        if (!load) throw new CliError(`unknown command: ${command}; see --help`)
        return await (await load())(rest, output)
      }
    }
  } catch (error) {
    if (error instanceof CliError) {
      output.err(`countersign: ${error.message}`)
      return error.exitCode
    }
    // Errors from the store and services are written for people (file and problem); anything else is a bug.
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
    output.err(`countersign: ${message ?? 'unexpected error'}`)
    return exitCodes.usage
  }
}
