import { scan, type Finding } from '../../../shared/pii/index'
import { proposeAction, type Action, type Policy } from '../../../shared/policy/index'
import { parse } from '../args'
import { locate, readInput, supportedExtensions, type Location } from '../extract/index'
import { CliError, printJson, type Output } from '../io'
import { policyOption } from './redact'

export const scanUsage = 'scan [--json] [--policy NAME] FILE...'

const scanHelp = `usage: node bin/countersign.mjs ${scanUsage}
Detects personal information in ${supportedExtensions.join(' ')} files. Findings are results: the exit code stays 0.
  --json          one JSON document: {files:[{path, findings:[{type,start,end,text,confidence,rule,reasons}]}]}
  --policy NAME   add the policy's proposed action (mask/remove/keep/block/review) to each finding
Offsets are UTF-16 indices into the file's text. For .html they index the visible text (tags removed,
references decoded, rows as lines, cells as tabs) and each finding carries location {markupStart, markupEnd}
in the file as written (and attribute, when found in title/alt/href …).`

type Scanned = Finding & { action?: Action; location?: Location }

/** Scans files for personal information; findings are results, so the exit code stays 0. */
export function scanCommand(args: string[], output: Output): number {
  const { values, positionals } = parse(args, { policy: { type: 'string' } })
  if (values.help) {
    output.out(scanHelp)
    return 0
  }
  const policy: Policy | undefined = values.policy === undefined ? undefined : policyOption(values.policy)
  if (!positionals.length) throw new CliError(`no files given; usage: ${scanUsage}`)
  // read everything first: an unreadable file fails the run before anything is printed
  const inputs = positionals.map(readInput)
  const files = inputs.map((input) => ({
    path: input.path,
    findings: scan(input.text).map((f): Scanned => {
      const out: Scanned = publicFinding(f)
      if (policy) out.action = proposeAction(policy, f).action
      const location = locate(input, f)
      if (location) out.location = location
      return out
    }),
  }))
  if (values.json) {
    printJson(output, { files })
    return 0
  }
  for (const file of files) {
    output.out(`${file.path}: ${file.findings.length} 处个人信息 (findings)`)
    for (const f of file.findings) output.out(`  ${String(f.start).padStart(6)}  ${f.type.padEnd(19)} ${f.confidence.toFixed(2)}  ${f.action ? `${f.action.padEnd(6)}  ` : ''}${f.rule}  ${f.text}`)
  }
  return 0
}

function publicFinding(f: Finding): Finding {
  return { type: f.type, start: f.start, end: f.end, text: f.text, confidence: Math.round(f.confidence * 1000) / 1000, rule: f.rule, reasons: f.reasons }
}
