import { noticeTypeSchema, type Notice, type NoticeSummary } from '../../../shared/notice/notice'
import { ServiceError } from '../../../shared/api/result'
import { parse, requireString } from '../args'
import { withCore } from '../core'
import { readTextFile } from '../files'
import { CliError, printJson, type Output } from '../io'

export const noticeUsage = `notice new --title T --body-file F [--type TYPE] [--policy NAME] [--as LOGIN] [--json]
notice list [--json]
notice show ID [--json]`

export async function noticeCommand(args: string[], output: Output): Promise<number> {
  const [sub, ...rest] = args
  switch (sub) {
    case 'new':
      return noticeNew(rest, output)
    case 'list':
      return noticeList(rest, output)
    case 'show':
      return noticeShow(rest, output)
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
  })
  if (positionals.length) throw new CliError(`unexpected argument: ${positionals[0] ?? ''}`)
  const title = requireString(values.title, '--title')
  const bodyFile = requireString(values['body-file'], '--body-file')
  const type = noticeTypeSchema.safeParse(values.type ?? 'general')
  if (!type.success) throw new CliError(`--type: unknown notice type ${String(values.type)}; one of ${noticeTypeSchema.options.join(', ')}`)
  const body = readTextFile(bodyFile)
  const notice = await withCore(values.data, (core) =>
    core.notices.create({ title, body, noticeType: type.data, docNumber: values['doc-number'] ?? '', issuer: values.issuer ?? '' }),
  )
  if (values.json) printJson(output, { id: notice.id })
  else output.out(notice.id)
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
  const notice = await withCore(values.data, (core) => {
    try {
      return core.notices.get(id)
    } catch (error) {
      if (error instanceof ServiceError && error.code === 'not_found') throw new CliError(`notice ${id}: not found`)
      throw error
    }
  })
  if (values.json) printJson(output, { notice })
  else output.out(describe(notice))
  return 0
}

function summaryLine(notice: NoticeSummary): string {
  return `${notice.id}  ${notice.state.padEnd(9)}  ${notice.updatedAt}  ${notice.title || '（无标题）'}`
}

function describe(notice: Notice): string {
  return [
    `编号 id:        ${notice.id}`,
    `标题 title:     ${notice.title}`,
    `文号 doc no.:   ${notice.docNumber}`,
    `发布单位 issuer: ${notice.issuer}`,
    `类型 type:      ${notice.noticeType}`,
    `状态 state:     ${notice.state}`,
    `版本 revision:  ${notice.revision}`,
    `更新 updated:   ${notice.updatedAt}`,
    '',
    notice.body,
  ].join('\n')
}
