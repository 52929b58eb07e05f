import { reasonsEnglish, scan, type Finding } from '../../../shared/pii/index'
import { describeLocation, hiddenKindLabel, type Disposition, type HiddenKind, type ImportLocation, type ImportWarning, type TextLocation } from '../../../shared/import/index'
import { proposeAction, type Action, type Policy } from '../../../shared/policy/index'
import { parse } from '../args'
import { hiddenOf, locate, readInput, supportedExtensions, type Input, type Location } from '../extract/index'
import { CliError, type Output } from '../io'
import { lazyArray, writeJson, type LazyArray } from '../json-stream'
import { policyOption } from './redact'

export const scanUsage = 'scan [--json] [--policy NAME] FILE...'

const scanHelp = `usage: node bin/countersign.mjs ${scanUsage}
Detects personal information in ${supportedExtensions.join(' ')} files. Findings are results: the exit code stays 0.
  --json          one JSON document: {files:[{path, findings:[{type,start,end,text,confidence,rule,reasons}]}]}
  --policy NAME   add the policy's proposed action (mask/remove/keep/block/review) to each finding
Offsets are UTF-16 indices into the file's text. For .html they index the visible text (tags removed,
references decoded, rows as lines, cells as tabs) and each finding carries location {markupStart, markupEnd}
in the file as written (and attribute, when found in title/alt/href …). For .csv (UTF-8, UTF-8 with BOM or
GBK/GB18030) they index the decoded text and location is {row, column}. For .docx and .xlsx they index the
extracted text — paragraphs as lines, tables as tab-separated rows, hidden rows/columns/sheets marked, then
the content that is never published (comments, tracked deletions, headers, footers, properties, alt text)
after a marker line — and location is {sheet, cell} or {part, paragraph, …}; a finding in hidden content
also carries hidden {kind, disposition} (shown: in the notice, marked; dropped: listed, never published).
A document's warnings (e.g. an ID number stored as a number, its last digits lost) come with --json as
files[].warnings and are printed otherwise.`

/** A finding as `scan --json` prints it: its reasons in the engine's English (contracts.md). */
type PublicFinding = Omit<Finding, 'reasons'> & { reasons: string[] }
type Scanned = PublicFinding & { action?: Action; location?: Location; hidden?: TextLocation['hidden'] }
type HiddenSummary = { kind: HiddenKind; disposition: Disposition; location: ImportLocation }
type FileOut = { path: string; findings: LazyArray<Scanned>; warnings?: ImportWarning[]; hidden?: HiddenSummary[] }

/** Scans files for personal information; findings are results, so the exit code stays 0. */
export async function scanCommand(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parse(args, { policy: { type: 'string' } })
  if (values.help) {
    output.out(scanHelp)
    return 0
  }
  const policy: Policy | undefined = values.policy === undefined ? undefined : policyOption(values.policy)
  if (!positionals.length) throw new CliError(`no files given; usage: ${scanUsage}`)
  // read everything first: an unreadable file fails the run before anything is printed
  const inputs: Input[] = []
  for (const file of positionals) inputs.push(await readInput(file))
  // one file at a time, each finding written as it is made: a large input never becomes one JSON string
  function* files(): Generator<FileOut> {
    for (let input = inputs.shift(); input; input = inputs.shift()) yield scanInput(input, policy)
  }
  if (values.json) {
    writeJson(output, { files: lazyArray(files()) })
    return 0
  }
  for (const file of files()) {
    const findings = [...file.findings.items]
    output.out(`${file.path}: ${findings.length} 处个人信息 (findings)`)
    for (const f of findings) output.out(`  ${String(f.start).padStart(6)}  ${f.type.padEnd(19)} ${f.confidence.toFixed(2)}  ${f.action ? `${f.action.padEnd(6)}  ` : ''}${f.rule}  ${f.text}${where(f)}`)
    for (const w of file.warnings ?? []) output.out(`  注意 warning: ${w.message['zh-CN']} — ${w.message.en}${w.location ? ` (${describeLocation(w.location)})` : ''}`)
    if (file.hidden?.length) output.out(`  隐藏内容 hidden content: ${hiddenSummary(file.hidden)}`)
  }
  return 0
}

function scanInput(input: Input, policy: Policy | undefined): FileOut {
  function* findings(): Generator<Scanned> {
    for (const f of scan(input.text)) {
      const out: Scanned = publicFinding(f)
      if (policy) out.action = proposeAction(policy, f).action
      const location = locate(input, f)
      if (location) out.location = location
      const hidden = hiddenOf(input, f)
      if (hidden) out.hidden = hidden
      yield out
    }
  }
  const file: FileOut = { path: input.path, findings: lazyArray(findings()) }
  if (input.kind === 'document') {
    file.warnings = input.doc.warnings
    file.hidden = input.doc.hidden.map((h) => ({ kind: h.kind, disposition: h.disposition, location: h.location }))
  }
  return file
}

function where(f: Scanned): string {
  if (!f.location || 'markupStart' in f.location) return ''
  const place = describeLocation(f.location)
  if (!f.hidden) return `  @ ${place}`
  const label = hiddenKindLabel[f.hidden.kind]
  return `  @ ${place}（${label['zh-CN']} ${label.en}${f.hidden.disposition === 'dropped' ? '，不发布 not published' : ''}）`
}

function hiddenSummary(items: readonly HiddenSummary[]): string {
  const counts = new Map<HiddenKind, number>()
  for (const h of items) counts.set(h.kind, (counts.get(h.kind) ?? 0) + 1)
  return [...counts].map(([kind, n]) => `${hiddenKindLabel[kind]['zh-CN']} ${kind} ×${n}`).join(', ')
}

function publicFinding(f: Finding): PublicFinding {
  return { type: f.type, start: f.start, end: f.end, text: f.text, confidence: Math.round(f.confidence * 1000) / 1000, rule: f.rule, reasons: reasonsEnglish(f.reasons) }
}
