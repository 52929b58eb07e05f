import { ImportError } from '../../../shared/import/index'
import { noticeTypeSchema, type Notice, type NoticeSummary } from '../../../shared/notice/notice'
import { ServiceError } from '../../../shared/api/result'
import { decisionActionSchema } from '../../../shared/findings/decision'
import type { Core } from '../../services/core'
import { defaultImportLimits } from '../../services/import/index'
import { importSummary } from '../../services/import/import-service'
import type { FieldReviewed } from '../../services/workflow/index'
import { parse, requireString } from '../args'
import { actingAs, requireActingAs } from '../auth'
import { withCore } from '../core'
import { cliFrontDoor } from '../front-door'
import { sha256Hex } from '../../services/bundle/node-crypto'
import { workflowRow } from '../../services/workflow/workflow-rows'
import { readTextFile } from '../files'
import { InputFileError, inputFileReason, readInputFile } from '../../services/import/input-file'
import { CliError, exitCodes, printJson, type Output } from '../io'

export const noticeUsage = `notice new --title T --body-file F [--type TYPE] [--policy NAME] [--doc-number N] [--issuer I] --as LOGIN [--json]
notice new --import FILE.docx|.xlsx|.csv|.html [--type TYPE] [--policy NAME] --as LOGIN [--json]   (hidden rows/columns/sheets come in marked)
notice list [--json]
notice show ID [--json]
notice decide ID --finding N --action mask|remove|keep|notPersonal [--reason R] --as LOGIN   (N: index in notice show --json)
notice submit ID --as LOGIN   (refused without a title and a body, or while a marker such as 讨论稿 is in the text)
notice withdraw ID --as LOGIN   (the drafter takes a submitted notice back to 草稿 before a decision)
notice approve ID [--comment C] --as LOGIN
notice reject ID --reason R --as LOGIN
notice expiring [--json] [--as LOGIN]   (exported notices whose 公示期 has ended or ends within 3 days, not yet taken down)
notice taken-down ID --as LOGIN   (已撤下: the notice is off the website; a drafter or an administrator records it)`

export async function noticeCommand(args: string[], output: Output): Promise<number> {
  const [sub, ...rest] = args
  switch (sub) {
    case 'new':
      return noticeNew(rest, output)
    case 'list':
      return noticeList(rest, output)
    case 'show':
      return noticeShow(rest, output)
    case 'decide':
      return noticeDecide(rest, output)
    case 'expiring':
      return noticeExpiring(rest, output)
    case 'taken-down':
      return noticeTakenDown(rest, output)
    case 'submit':
    case 'approve':
    case 'reject':
    case 'withdraw':
      return noticeReview(sub, rest, output)
    default:
      throw new CliError(`unknown notice command: ${sub ?? '(none)'}; try: ${noticeUsage.split('\n').join(' | ')}`)
  }
}

async function noticeNew(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parse(args, {
    title: { type: 'string' },
    'body-file': { type: 'string' },
    type: { type: 'string' },
    policy: { type: 'string' },
    'doc-number': { type: 'string' },
    issuer: { type: 'string' },
    import: { type: 'string' },
  })
  if (positionals.length) throw new CliError(`unexpected argument: ${positionals[0] ?? ''}`)
  if (values.import !== undefined) return noticeImport(values.import, values, output)
  const title = requireString(values.title, '--title')
  const bodyFile = requireString(values['body-file'], '--body-file')
  const type = noticeTypeSchema.safeParse(values.type ?? 'general')
  if (!type.success) throw new CliError(`--type: unknown notice type ${String(values.type)}; one of ${noticeTypeSchema.options.join(', ')}`)
  const body = readTextFile(bodyFile)
  // contracts §1: --as may be omitted only while the office has no accounts; the service enforces it
  const actor = actingAs(values)
  const notice = await withCore(values.data, (core) =>
    refused(async () => {
      const door = await cliFrontDoor(core, actor)
      return door.call('notice.create', { title, body, noticeType: type.data, docNumber: values['doc-number'] ?? '', issuer: values.issuer ?? '', policy: values.policy })
    }),
  )
  if (values.json) printJson(output, { id: notice.id })
  else output.out(notice.id)
  return 0
}

/**
 * `notice new --import FILE`: the same import as the app's (worker thread, shared/import/to-notice.ts).
 * Prints the id, then one line of counts on the hidden content; `--json` gives `{id, report}`.
 */
async function noticeImport(
  file: string,
  values: { title?: string | undefined; 'body-file'?: string | undefined; 'doc-number'?: string | undefined; issuer?: string | undefined; type?: string | undefined; policy?: string | undefined; data?: string | undefined; json?: boolean | undefined; as?: string | undefined; 'password-file'?: string | undefined },
  output: Output,
): Promise<number> {
  for (const flag of ['title', 'body-file', 'doc-number', 'issuer'] as const) {
    if (values[flag] !== undefined) throw new CliError(`--import takes the ${flag} from the file; leave out --${flag} (edit the draft afterwards)`)
  }
  const type = values.type === undefined ? undefined : noticeTypeSchema.safeParse(values.type)
  if (type && !type.success) throw new CliError(`--type: unknown notice type ${String(values.type)}; one of ${noticeTypeSchema.options.join(', ')}`)
  // a regular file within the 50 MB limit, checked before a byte is read, with the import's own messages
  let bytes: Buffer
  try {
    bytes = readInputFile(file, defaultImportLimits.maxFileBytes)
  } catch (error) {
    if (!(error instanceof InputFileError)) throw error
    if (error.problem === 'too-large') throw new CliError(new ImportError('too-large', file, `${error.size} bytes`).message)
    if (error.problem === 'not-regular' || error.problem === 'is-directory') throw new CliError(new ImportError('not-a-file', file).message)
    throw new CliError(`${file}: ${inputFileReason(error, defaultImportLimits.maxFileBytes)}`)
  }
  const actor = actingAs(values)
  const { notice, report } = await withCore(values.data, (core) =>
    refused(() => core.importer.importNotice({ fileName: file, bytes, noticeType: type?.data, policy: values.policy }, actor)),
  )
  if (values.json) printJson(output, { id: notice.id, report })
  else {
    output.out(notice.id)
    output.out(importSummary(file, report))
  }
  return 0
}

async function noticeList(args: string[], output: Output): Promise<number> {
  const { values } = parse(args, { query: { type: 'string' }, trash: { type: 'boolean', default: false } })
  const notices = await withCore(values.data, (core) => core.notices.list({ query: values.query, view: values.trash ? 'trash' : 'active' }))
  if (values.json) printJson(output, { notices })
  else if (!notices.length) output.out('（没有公告 no notices）')
  else for (const notice of notices) output.out(summaryLine(notice))
  return 0
}

async function noticeShow(args: string[], output: Output): Promise<number> {
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

async function noticeDecide(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parse(args, { finding: { type: 'string' }, action: { type: 'string' }, reason: { type: 'string' } })
  const id = onlyId(positionals)
  const index = Number(requireString(values.finding, '--finding'))
  if (!Number.isInteger(index) || index < 0) throw new CliError(`--finding: ${String(values.finding)} is not a finding index (0, 1, 2 … from notice show --json)`)
  const action = decisionActionSchema.safeParse(requireString(values.action, '--action'))
  if (!action.success) throw new CliError(`--action: one of ${decisionActionSchema.options.join(', ')}`)
  const actor = requireActingAs(values, 'who decides')
  const decision = await withCore(values.data, (core) =>
    refused(async () => {
      const door = await cliFrontDoor(core, actor)
      // the CLI names a finding by its place in `notice show --json`; the API by its key
      const item = core.workflow.render(id).review.reviewed[index]
      if (!item) throw new ServiceError('invalid_request', `没有第 ${index} 项发现 (there is no finding #${index}; see notice show --json)`)
      return door.call('notice.decide', { id, key: item.finding.key, type: item.finding.type, action: action.data, reason: values.reason })
    }, id),
  )
  if (values.json) printJson(output, { decision })
  else output.out(`已记录 decided: #${index} ${decision.type} → ${decision.action}`)
  return 0
}

/** submit, approve, reject and withdraw: the service checks who may; the CLI only passes the signed-in account on. */
async function noticeReview(sub: 'submit' | 'approve' | 'reject' | 'withdraw', args: string[], output: Output): Promise<number> {
  const { values, positionals } = parse(args, { reason: { type: 'string' }, comment: { type: 'string' } })
  const id = onlyId(positionals)
  const reason = sub === 'reject' ? requireString(values.reason, '--reason') : undefined
  const actor = requireActingAs(values, sub === 'submit' ? 'the drafter submits' : sub === 'withdraw' ? 'the drafter withdraws' : 'the reviewer decides')
  // the same calls the app's buttons make; the envelope digests the command always printed come from the stored submission
  const run = async (core: Core): Promise<object> => {
    const door = await cliFrontDoor(core, actor)
    if (sub === 'withdraw') {
      await door.call('notice.withdraw', { id })
      return {}
    }
    if (sub === 'reject') {
      await door.call('notice.reject', { id, password: actor.password, reason: reason ?? '' })
      return {}
    }
    if (sub === 'submit') {
      const view = await door.call('notice.submit', { id, password: actor.password })
      const row = workflowRow(core.store, id)
      return { contentSha256: view.submission?.contentSha256, draftEnvelopeSha256: row ? sha256Hex(row.draft_envelope) : undefined }
    }
    await door.call('notice.approve', { id, password: actor.password, comment: values.comment ?? '' })
    const envelope = workflowRow(core.store, id)?.approval_envelope
    return { approvalEnvelopeSha256: envelope ? sha256Hex(envelope) : undefined }
  }
  const result = await withCore(values.data, (core) => refused(() => run(core), id))
  const state = { submit: 'submitted', approve: 'approved', reject: 'rejected', withdraw: 'draft' }[sub]
  if (values.json) printJson(output, { id, state, ...result })
  else output.out(`${id}  ${state}`)
  return 0
}

/**
 * 到期撤稿 — the exported notices whose 公示期 has ended or ends within 3 days and that nobody has recorded as
 * taken down. The titles are the published (redacted) ones. With --as, the account's password is checked first.
 */
async function noticeExpiring(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parse(args, {})
  if (positionals.length) throw new CliError(`unexpected argument: ${positionals[0] ?? ''}`)
  const actor = actingAs(values)
  const list = await withCore(values.data, (core) =>
    refused(async () => {
      if (actor) await core.accounts.authenticate(actor.login, actor.password)
      return core.expiry.expiring()
    }),
  )
  if (values.json) printJson(output, list)
  else if (!list.items.length) output.out(`（今天 ${list.today}：没有公示期已过或 3 天内到期、尚未撤下的公告 nothing to take down）`)
  else for (const item of list.items) output.out(`${item.noticeId}  公示期至 ${item.publishUntil}  ${daysText(item.daysLeft)}  ${item.title || '（无标题）'}`)
  return 0
}

/** 已过期 3 天 / 今天到期 / 还剩 2 天 */
function daysText(daysLeft: number): string {
  if (daysLeft < 0) return `已过期 ${-daysLeft} 天`
  if (daysLeft === 0) return '今天到期'
  return `还剩 ${daysLeft} 天`
}

async function noticeTakenDown(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parse(args, {})
  const id = onlyId(positionals)
  const actor = requireActingAs(values, 'who records the take-down')
  const done = await withCore(values.data, (core) =>
    refused(async () => {
      const { takenDownAt } = await (await cliFrontDoor(core, actor)).call('notice.takeDown', { id })
      return { noticeId: id, takenDownAt }
    }, id),
  )
  if (values.json) printJson(output, done)
  else output.out(`${id}  已撤下 taken down  ${done.takenDownAt}`)
  return 0
}

function onlyId(positionals: string[]): string {
  const [id, extra] = positionals
  if (!id) throw new CliError('missing notice ID')
  if (extra !== undefined) throw new CliError(`unexpected argument: ${extra}`)
  return id
}

/**
 * Service refusals become one line and exit 1 (the user must act: decide a finding, ask someone else to
 * review); a notice that does not exist or a malformed request is a usage error (exit 2).
 */
export async function refused<T>(fn: () => T | Promise<T>, id?: string): Promise<T> {
  try {
    return await fn()
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error
    if (error.code === 'not_found') throw new CliError(id ? `notice ${id}: not found` : error.message)
    const exit = error.code === 'forbidden' || error.code === 'conflict' ? exitCodes.actionNeeded : exitCodes.usage
    throw new CliError(id ? `notice ${id}: ${error.message}` : error.message, exit)
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
