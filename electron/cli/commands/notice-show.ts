import type { Notice, NoticeSummary } from '../../../shared/notice/notice'
import type { FieldReviewed } from '../../services/workflow/index'
import { parse } from '../args'
import { withCore } from '../core'
import { CliError, printJson, type Output } from '../io'
import { refused } from '../refused'

/** `notice list` and `notice show`: what is in the store, read directly (no account needed). */

export async function noticeList(args: string[], output: Output): Promise<number> {
  const { values } = parse(args, { query: { type: 'string' }, trash: { type: 'boolean', default: false } })
  const notices = await withCore(values.data, (core) => core.notices.list({ query: values.query, view: values.trash ? 'trash' : 'active' }))
  if (values.json) printJson(output, { notices })
  else if (!notices.length) output.out('（没有公告 no notices）')
  else for (const notice of notices) output.out(summaryLine(notice))
  return 0
}

export async function noticeShow(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parse(args, {})
  const id = positionals[0]
  if (!id) throw new CliError('missing notice ID')
  const shown = await withCore(values.data, (core) =>
    refused(() => {
      const notice = core.notices.get(id)
      const rendered = core.workflow.render(id)
      return { notice, workflow: core.workflow.status(id), summary: rendered.review.summary, findings: rendered.review.reviewed.map(findingJson) }
    }, id),
  )
  if (values.json) printJson(output, shown)
  else output.out(describe(shown.notice, shown.findings))
  return 0
}

/**
 * One finding for `notice show --json`. The value is included: the user asked for it on stdout, and the
 * index N of this list is what `notice decide --finding N` names.
 */
function findingJson(item: FieldReviewed, index: number) {
  const { finding, proposal, decision, resolution, field } = item
  return {
    index,
    field,
    key: finding.key,
    type: finding.type,
    rule: finding.rule,
    start: finding.start,
    end: finding.end,
    text: finding.text,
    confidence: finding.confidence,
    proposal: { action: proposal.action, why: proposal.why },
    decision: decision ? { action: decision.action, reason: decision.reason, decidedAt: decision.decidedAt } : null,
    resolution,
  }
}

function summaryLine(notice: NoticeSummary): string {
  return `${notice.id}  ${notice.state.padEnd(9)}  ${notice.updatedAt}  ${notice.title || '（无标题）'}`
}

function describe(notice: Notice, findings: readonly ReturnType<typeof findingJson>[]): string {
  const lines = findings.map((f) => `  #${f.index} ${f.field} ${f.type} → ${f.decision?.action ?? f.proposal.action} (${f.resolution.status})`)
  return [
    `编号 id:        ${notice.id}`,
    `标题 title:     ${notice.title}`,
    `文号 doc no.:   ${notice.docNumber}`,
    `发布单位 issuer: ${notice.issuer}`,
    `类型 type:      ${notice.noticeType}`,
    `状态 state:     ${notice.state}`,
    `版本 revision:  ${notice.revision}`,
    `更新 updated:   ${notice.updatedAt}`,
    `发现项 findings: ${findings.length}`,
    ...lines,
    '',
    notice.body,
  ].join('\n')
}
