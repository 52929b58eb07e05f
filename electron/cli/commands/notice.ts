import path from 'node:path'
import { ImportError } from '../../../shared/import/index'
import { noticeTypeSchema } from '../../../shared/notice/notice'
import { defaultImportLimits } from '../../services/import/index'
import { importSummary } from '../../services/import/import-service'
import { parse, requireString } from '../args'
import { actingAs } from '../auth'
import { withCore } from '../core'
import { cliFrontDoor } from '../front-door'
import { readTextFile } from '../files'
import { InputFileError, inputFileReason, readInputFile } from '../../services/import/input-file'
import { CliError, printJson, type Output } from '../io'
import { refused } from '../refused'
import { noticeExpiring, noticeTakenDown } from './notice-expiry'
import { noticeDecide, noticeReview } from './notice-review'
import { noticeList, noticeShow } from './notice-show'

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
  // the app's request: the file's name (not its folders) and its bytes as base64, through the same handler map
  const request = { fileName: path.basename(file), data: bytes.toString('base64'), noticeType: type?.data, policy: values.policy }
  const { notice, report } = await withCore(values.data, (core) =>
    refused(async () => {
      const door = await cliFrontDoor(core, actor)
      return door.call('notice.import', request)
    }),
  )
  if (values.json) printJson(output, { id: notice.id, report })
  else {
    output.out(notice.id)
    output.out(importSummary(file, report))
  }
  return 0
}
