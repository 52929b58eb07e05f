/**
 * The one redaction function: (text, findings, decisions) → the published text and a report that never
 * contains an original value. Bundle export, the CLI and the HTML copy all go through `redactionEdits`.
 */
import type { EntityType, Finding } from '../pii/index'
import type { LocalizedText } from '../policy/types'
import { maskValue, REMOVED_TEXT, UnmaskableError, type MaskOptions } from './mask'
import { isAlnum } from './chars'

/**
 * What a span is, for its mask: an engine type, or 'OTHER' — a value an officer marked by hand as 其他个人信息
 * (shared/findings manual), which has no partial form and is masked character by character.
 */
export type RedactType = EntityType | 'OTHER'

/** A decided finding: what happens to its span in the published text. */
export type RedactionItem = {
  finding: Omit<Finding, 'type'> & { type: RedactType }
  action: 'mask' | 'remove' | 'keep'
  /** mask style from the policy rule */
  mask?: MaskOptions
  /** why a kept value may be published (policy text); never personal information */
  reason?: LocalizedText
}

/** One line of the redaction report (脱敏记录): what happened where, never the value itself. */
export type RedactionEntry = {
  type: RedactType
  rule: string
  action: 'masked' | 'removed' | 'kept-with-reason'
  /** span in the original text */
  start: number
  end: number
  /** span of what replaced it (or of the kept value) in the output */
  outStart: number
  outEnd: number
  reason?: LocalizedText
}

/** A replacement of original [start, end) by the action that won there; a `keep` edit leaves the span as written. */
export type Edit = { start: number; end: number; replacement: string; action: RedactionItem['action'] }

/** Thrown when findings do not fit the text (stale offsets, unknown action): redacting them would hide the wrong characters. */
export class RedactionError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RedactionError'
  }
}

const weight = { keep: 0, mask: 1, remove: 2 } as const
const reported = { keep: 'kept-with-reason', mask: 'masked', remove: 'removed' } as const

function validate(text: string, items: readonly RedactionItem[]): void {
  items.forEach(({ finding: f, action }, n) => {
    const where = `finding ${n} (${f.type} at ${f.start}-${f.end})`
    if (!Number.isInteger(f.start) || !Number.isInteger(f.end) || f.start < 0 || f.end > text.length || f.start >= f.end) throw new RedactionError(`${where}: span outside the text`)
    // the message never carries the value
    if (text.slice(f.start, f.end) !== f.text) throw new RedactionError(`${where}: does not match the text; scan again`)
    if (!Object.hasOwn(weight, action)) throw new RedactionError(`${where}: unknown action`)
    if (action === 'mask' && f.type === 'CONFIDENTIAL_MARKER') throw new UnmaskableError(f.type)
  })
}

/** Every significant character hidden: for overlapping findings of different types no single mask fits. */
function maskAll(value: string): string {
  return Array.from(value, (ch) => (isAlnum(ch) ? '*' : ch)).join('')
}

/**
 * The edits that turn `text` into the published text, one per group of overlapping findings (adjacent
 * findings stay separate), and for each item the index of its edit. Where findings overlap the most
 * protective action wins: remove over mask over keep.
 */
export function redactionEdits(text: string, items: readonly RedactionItem[]): { edits: Edit[]; editOf: number[] } {
  validate(text, items)
  const order = items.map((_, i) => i).sort((a, b) => items[a].finding.start - items[b].finding.start || items[b].finding.end - items[a].finding.end)
  const edits: Edit[] = []
  const editOf: number[] = new Array<number>(items.length)
  let group: number[] = []
  const close = (): void => {
    if (!group.length) return
    const start = items[group[0]].finding.start
    const end = Math.max(...group.map((i) => items[i].finding.end))
    const value = text.slice(start, end)
    const strongest = group.reduce((a, i) => (weight[items[i].action] > weight[items[a].action] ? i : a), group[0])
    const action = items[strongest].action
    let replacement = value
    if (action === 'remove') replacement = REMOVED_TEXT
    else if (action === 'mask') {
      // one finding covering the whole group gives its own mask; a patchwork of types gets every character hidden
      const cover = group.find((i) => items[i].action === 'mask' && items[i].finding.start === start && items[i].finding.end === end)
      const coverType = cover === undefined ? 'OTHER' : items[cover].finding.type
      replacement = cover === undefined || coverType === 'OTHER' ? maskAll(value) : maskValue(coverType, value, items[cover].mask)
    }
    for (const i of group) editOf[i] = edits.length
    edits.push({ start, end, replacement, action })
    group = []
  }
  let groupEnd = -1
  for (const i of order) {
    const f = items[i].finding
    if (f.start >= groupEnd) close()
    group.push(i)
    groupEnd = Math.max(groupEnd, f.end)
  }
  close()
  return { edits, editOf }
}

/** Applies edits (sorted, non-overlapping); returns the output and where each edit landed in it. */
export function applyEdits(text: string, edits: readonly Edit[]): { text: string; outStarts: number[] } {
  let out = ''
  let pos = 0
  const outStarts: number[] = []
  for (const e of edits) {
    out += text.slice(pos, e.start)
    outStarts.push(out.length)
    out += e.replacement
    pos = e.end
  }
  return { text: out + text.slice(pos), outStarts }
}

/** The published text and its report. Report entries are in the order of the original text. */
export function redactText(text: string, items: readonly RedactionItem[]): { text: string; report: RedactionEntry[] } {
  const { edits, editOf } = redactionEdits(text, items)
  const applied = applyEdits(text, edits)
  const report = items.map((item, i): RedactionEntry => {
    const e = edits[editOf[i]]
    const base = applied.outStarts[editOf[i]]
    const f = item.finding
    // a kept value sits in the output exactly as in the original, so its own span can be given
    const [outStart, outEnd] = e.action === 'keep' ? [base + f.start - e.start, base + f.end - e.start] : [base, base + e.replacement.length]
    const action = reported[e.action]
    const entry: RedactionEntry = { type: f.type, rule: f.rule, action, start: f.start, end: f.end, outStart, outEnd }
    if (action === 'kept-with-reason' && item.reason) entry.reason = item.reason
    return entry
  })
  report.sort((a, b) => a.start - b.start || a.end - b.end)
  return { text: applied.text, report }
}
