import { parse } from '../args'
import { actingAs } from '../auth'
import { withCore } from '../core'
import { cliFrontDoor } from '../front-door'
import { refused } from '../refused'
import { auditEventText } from '../words'
import { CliError, exitCodes, printJson, type Output } from '../io'

export const auditUsage = `audit verify [--json]   (exit 0 intact, 1 broken: names the first broken entry)
audit list [--limit N] [--before SEQ] [--json] [--as LOGIN]   (newest first; --as once the office has accounts)`

export async function auditCommand(args: string[], output: Output): Promise<number> {
  const [sub, ...rest] = args
  if (sub === 'list') return auditList(rest, output)
  if (sub !== 'verify') throw new CliError(`unknown audit command: ${sub ?? '(none)'}; try: ${auditUsage.split('\n').join(' | ')}`)
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

/**
 * `audit list`: the log screen's page through the same handler map (`audit.list`), newest first. Each line:
 * sequence number, time, who, what (the CLI's words for the event) and its subject; `--json` gives the
 * entries as the API returns them, each with `text`, and the chain head.
 */
async function auditList(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parse(args, { limit: { type: 'string' }, before: { type: 'string' } })
  if (positionals.length) throw new CliError(`unexpected argument: ${positionals[0] ?? ''}`)
  const limit = positiveInt(values.limit, '--limit', 500) ?? 50
  const before = positiveInt(values.before, '--before', Number.MAX_SAFE_INTEGER)
  const actor = actingAs(values)
  const page = await withCore(values.data, (core) =>
    refused(async () => {
      const door = await cliFrontDoor(core, actor)
      return door.call('audit.list', before === undefined ? { limit } : { limit, before })
    }),
  )
  if (values.json) {
    printJson(output, { entries: page.entries.map((entry) => ({ ...entry, text: auditEventText(entry.event) })), head: page.head })
    return exitCodes.ok
  }
  if (!page.entries.length) output.out('（审计日志没有更多记录 no more entries）')
  for (const entry of page.entries) {
    output.out(`#${entry.seq}  ${entry.at}  ${entry.actor ?? '-'}  ${auditEventText(entry.event)}${entry.subject ? `  ${entry.subject}` : ''}`)
  }
  return exitCodes.ok
}

function positiveInt(value: string | undefined, flag: string, max: number): number | undefined {
  if (value === undefined) return undefined
  if (!/^[1-9][0-9]*$/.test(value) || Number(value) > max) throw new CliError(`${flag}: ${value} is not a whole number from 1 to ${max}`)
  return Number(value)
}
