import packageJson from '../../package.json'
import { scanCommand, scanUsage } from './commands/scan'
import { redactCommand, redactUsage } from './commands/redact'
import { noticeCommand, noticeUsage } from './commands/notice'
import { userCommand, userUsage } from './commands/user'
import { trustCommand, trustUsage } from './commands/trust'
import { auditCommand, auditUsage } from './commands/audit'
import { verifyCommand, verifyUsage } from './commands/verify'
import { exportCommand, exportUsage } from './commands/export'
import { reviewCommand, reviewUsage } from './commands/review'
import { storeCommand, storeUsage } from './commands/store'
import { CliError, exitCodes, processOutput, type Output } from './io'

const help = `Countersign 会签 — 政务公开信息发布前的个人信息审查与双人会签
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
  ${auditUsage}
  ${storeUsage}

common options:
  --data DIR         data directory (else COUNTERSIGN_DATA, else the per-user application-data folder)
  --json             machine-readable output on stdout
  --as LOGIN         act as this account; its password from --password-file FILE or COUNTERSIGN_PASSWORD
                     (never a plain argument; password files: first line only)
  --help, --version

exit codes: 0 success, 1 a finding you must act on, 2 bad usage or unreadable input`

/** Runs one command line; returns the exit code. Errors become one line on stderr, never a stack trace. */
export async function run(argv: string[], output: Output = processOutput): Promise<number> {
  const [command, ...rest] = argv
  try {
    switch (command) {
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        output.out(help)
        return command === undefined ? exitCodes.usage : exitCodes.ok
      case '--version':
      case '-v':
        output.out(packageJson.version)
        return exitCodes.ok
      case 'scan':
        return await scanCommand(rest, output)
      case 'redact':
        return await redactCommand(rest, output)
      case 'notice':
        return await noticeCommand(rest, output)
      case 'user':
        return await userCommand(rest, output)
      case 'trust':
        return await trustCommand(rest, output)
      case 'review':
        return await reviewCommand(rest, output)
      case 'audit':
        return await auditCommand(rest, output)
      case 'export':
        return await exportCommand(rest, output)
      case 'verify':
        return verifyCommand(rest, output)
      case 'store':
        return await storeCommand(rest, output)
      default:
        throw new CliError(`unknown command: ${command}; see --help`)
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
