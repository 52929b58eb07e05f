import fs from 'node:fs'
import path from 'node:path'
import { scan, type EntityType, type Finding } from '../../../shared/pii/index'
import type { TextLocation } from '../../../shared/import/index'
import { getPolicy, policyNames, proposeAction, type Policy } from '../../../shared/policy/index'
import { itemsWithReviewMasked, redactionPlan, type RedactionEntry } from '../../../shared/redact/index'
import { parse, requireString } from '../args'
import { hiddenOf, isDropped, locate, placeOf, readInput, redactedName, redactInput, supportedExtensions, type Input, type Location } from '../extract/index'
import { CliError, exitCodes, printJson, type Output } from '../io'

export const redactUsage = 'redact --policy NAME --out DIR [--json] FILE...'

const redactHelp = `usage: node bin/countersign.mjs ${redactUsage}
Writes a redacted copy of each file to DIR: <base>.redacted.txt for ${['.txt', '.md', '.csv', '.tsv', '.docx', '.xlsx'].join(' ')},
<base>.redacted.html for .html/.htm (values replaced inside text and title/alt/href attributes; comments
and scripts dropped). Same redaction code as bundle export. A .docx/.xlsx copy is its extracted text (see
scan --help): hidden rows, columns and sheets stay in it, marked, and are redacted like the rest; comments,
tracked deletions, headers, footers, properties and alt text are not written at all — their findings are
listed as dropped (--json: files[].dropped).
  --policy NAME   one of: ${policyNames.join(', ')}
  --out DIR       created if missing; existing copies are replaced
  --json          one JSON document: {files:[{path, out, entries:[{type, rule, action, start, end, outStart, outEnd, proposed, location?}]}]}
A finding the policy blocks (e.g. a 征求意见稿 marking) means that file is not written: exit 1, one line on
stderr naming the file and the entity type. A finding the policy leaves to a person (review) is MASKED here —
there is nobody to ask on the command line, and masking is the most protective action that still publishes;
decide it in the app to keep it. The output never quotes the values it hides; offsets for .html index the
visible text (see scan --help).`

/** The named policy, or a usage error that lists the valid names. */
export function policyOption(name: string): Policy {
  const policy = getPolicy(name)
  if (!policy) throw new CliError(`unknown policy "${name}"; valid policies: ${policyNames.join(', ')}`)
  return policy
}

type Hidden = TextLocation['hidden']
type Entry = RedactionEntry & { proposed: string; location?: Location; hidden?: Hidden }
/** A finding in content that is never published (a comment, a property …): nothing to redact, reported all the same. */
type Dropped = { type: EntityType; rule: string; start: number; end: number; location?: Location; hidden?: Hidden }
type FileResult =
  | { path: string; out: string; entries: Entry[]; reviewed: number; dropped: Dropped[] }
  | { path: string; out: null; entries: []; blocked: { type: EntityType; rule: string; start: number; end: number; location?: Location }[]; place: string }

/** Writes redacted copies; exit 1 when a policy blocks a file (that file is not written), 2 on bad usage. */
export async function redactCommand(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parse(args, { policy: { type: 'string' }, out: { type: 'string' } })
  if (values.help) {
    output.out(redactHelp)
    return exitCodes.ok
  }
  const policy = policyOption(requireString(values.policy, '--policy'))
  const outDir = requireString(values.out, '--out')
  if (!positionals.length) throw new CliError(`no files given; usage: ${redactUsage} (files: ${supportedExtensions.join(' ')})`)
  // every input is read and every name checked before anything is written
  const inputs: Input[] = []
  for (const file of positionals) inputs.push(await readInput(file))
  const targets = inputs.map((input) => path.join(outDir, redactedName(input)))
  targets.forEach((t, i) => {
    const j = targets.indexOf(t)
    if (j !== i) throw new CliError(`${inputs[i].path}: would write ${t}, as ${inputs[j].path} does; redact them in separate runs`)
  })
  makeDir(outDir)
  const results = inputs.map((input, i) => redactOne(input, targets[i], policy))
  if (values.json) {
    const files = results.map(({ path: p, out, entries, ...rest }) => {
      if ('blocked' in rest) return { path: p, out, entries, blocked: rest.blocked }
      return rest.dropped.length ? { path: p, out, entries, dropped: rest.dropped } : { path: p, out, entries }
    })
    printJson(output, { files })
  }
  else for (const r of results) if (r.out !== null) output.out(summary(r))
  let code: number = exitCodes.ok
  for (const r of results) {
    if (r.out !== null) continue
    const counts = new Map<EntityType, number>()
    for (const b of r.blocked) counts.set(b.type, (counts.get(b.type) ?? 0) + 1)
    const what = [...counts].map(([type, n]) => `${type} ×${n}`).join(', ')
    output.err(`countersign: ${r.path}: not written — policy ${policy.name} blocks publication: ${what} (first at ${r.place})`)
    code = exitCodes.actionNeeded
  }
  return code
}

function redactOne(input: Input, target: string, policy: Policy): FileResult {
  const all = scan(input.text)
  // a structured document publishes only its body: findings in dropped content are reported, never redacted
  const findings: Finding[] = []
  const dropped: Dropped[] = []
  for (const f of all) {
    if (isDropped(input, f)) dropped.push(withPlace(input, { type: f.type, rule: f.rule, start: f.start, end: f.end }))
    else findings.push(clipToBody(input, f))
  }
  const plan = redactionPlan(input.text, findings, policy)
  if (plan.blocked.length) {
    const blocked = plan.blocked.map(({ finding: f }) => {
      const location = locate(input, f)
      return { type: f.type, rule: f.rule, start: f.start, end: f.end, ...(location ? { location } : {}) }
    })
    return { path: input.path, out: null, entries: [], blocked, place: placeOf(input, plan.blocked[0].finding) }
  }
  const { content, report } = redactInput(input, itemsWithReviewMasked(plan, policy))
  writeAtomic(target, content)
  const entries = report.map((e): Entry => withPlace(input, { ...e, proposed: proposeAction(policy, e).action }))
  return { path: input.path, out: target, entries, reviewed: plan.review.length, dropped }
}

/** Adds the finding's location (and hidden kind, in a document) to an entry. */
function withPlace<T extends { start: number; end: number; location?: Location; hidden?: Hidden }>(input: Input, entry: T): T {
  const location = locate(input, entry)
  if (location) entry.location = location
  const hidden = hiddenOf(input, entry)
  if (hidden) entry.hidden = hidden
  return entry
}

/** A finding that runs past the end of a document's body (it cannot, as the body ends in a line break, but a span must never leave it). */
function clipToBody(input: Input, f: Finding): Finding {
  if (input.kind !== 'document' || f.end <= input.view.bodyLength) return f
  const end = input.view.bodyLength
  return { ...f, end, text: input.text.slice(f.start, end) }
}

function summary(r: Extract<FileResult, { out: string }>): string {
  const n = (a: RedactionEntry['action']): number => r.entries.filter((e) => e.action === a).length
  const review = r.reviewed ? `（其中 ${r.reviewed} 处待人工判断，已按遮盖处理 review→mask）` : ''
  const dropped = r.dropped.length ? `; 另有 ${r.dropped.length} 处在批注、属性、页眉页脚等隐藏内容中，已整体删除不发布 (in dropped hidden content, not published)` : ''
  return `${r.path} → ${r.out}: 遮盖 masked ${n('masked')}${review}, 删除 removed ${n('removed')}, 保留 kept ${n('kept-with-reason')}${dropped}`
}

/**
 * Creates the output folder one level at a time. Node's recursive mkdir retries forever on some paths
 * (`/proc/nope`: ENOENT on a parent that exists); here each missing level is made once, and the first
 * failure is the answer.
 */
function makeDir(dir: string): void {
  const missing: string[] = []
  for (let at = path.resolve(dir); ; ) {
    let stat: fs.Stats | undefined
    try {
      stat = fs.statSync(at, { throwIfNoEntry: false })
    } catch (error) {
      // a parent that is a file: found, and refused, one level up
      if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') stat = undefined
      else throw new CliError(`${dir}: cannot create the output directory (${(error as NodeJS.ErrnoException).code ?? 'error'} on ${at})`)
    }
    if (stat) {
      if (!stat.isDirectory()) throw new CliError(`${dir}: not a directory (${at} is a file)`)
      break
    }
    missing.push(at)
    const parent = path.dirname(at)
    if (parent === at) break
    at = parent
  }
  for (const level of missing.reverse()) {
    try {
      fs.mkdirSync(level)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error'
      if (code === 'EEXIST' && fs.statSync(level).isDirectory()) continue
      throw new CliError(`${dir}: cannot create the output directory (${code} on ${level})`)
    }
  }
}

/** Temp file then rename, so a crash never leaves half a redacted copy that looks complete. */
function writeAtomic(file: string, content: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`)
  try {
    fs.writeFileSync(tmp, content)
    fs.renameSync(tmp, file)
  } catch (error) {
    fs.rmSync(tmp, { force: true })
    throw new CliError(`${file}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
}
