import { parse } from '../args'
import { withCore } from '../core'
import { CliError, exitCodes, printJson, type Output } from '../io'

export const auditUsage = 'audit verify [--json]   (exit 0 intact, 1 broken: names the first broken entry)'

export async function auditCommand(args: string[], output: Output): Promise<number> {
  const [sub, ...rest] = args
  if (sub !== 'verify') throw new CliError(`unknown audit command: ${sub ?? '(none)'}; try: ${auditUsage}`)
  const { values, positionals } = parse(rest, {})
  if (positionals.length) throw new CliError(`unexpected argument: ${positionals[0] ?? ''}`)
  const result = await withCore(values.data, (core) => core.audit.verify())
  if (values.json) printJson(output, result)
  if (result.ok) {
    // The head is printed so it can be noted outside this computer: a rewritten database cannot match it.
    if (!values.json) output.out(`审计日志完整 audit log intact: ${result.entries} entries\n链头 head: ${result.head.seq} ${result.head.hash}`)
    return exitCodes.ok
  }
  if (!values.json) output.out(`审计日志已损坏 audit log broken at entry ${result.brokenAt} (${result.reason}): ${result.message}`)
  output.err(`countersign: audit log broken at entry ${result.brokenAt} (${result.reason})`)
  return exitCodes.actionNeeded
}
