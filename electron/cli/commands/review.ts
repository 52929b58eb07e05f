import { base64Decode, base64Encode } from '../../../shared/crypto/base64'
import type { Core } from '../../services/core'
import { parse, requireString } from '../args'
import { requireActingAs } from '../auth'
import { withCore } from '../core'
import { cliFrontDoor, type CliFrontDoor } from '../front-door'
import { readFileBytes } from '../files'
import { CliError, printJson, type Output } from '../io'
import { writeFileAtomic } from '../write-file'
import { refused } from '../refused'

export const reviewUsage = [
  'review request ID --out REQUEST.zip --as DRAFTER        (review on another machine: the request file)',
  'review import REQUEST.zip --as REVIEWER                 (on the leader machine; prints the review id)',
  'review list [--json]',
  'review approve RID --out DECISION.zip --as REVIEWER [--comment C]',
  'review reject RID --reason R --out DECISION.zip --as REVIEWER',
  'review apply DECISION.zip --as DRAFTER                  (back on the drafter machine)',
].join('\n')

/** 异地审核 from the command line: the same service the app uses, files instead of dialogs. */
export async function reviewCommand(args: string[], output: Output): Promise<number> {
  const [sub, ...rest] = args
  const { values, positionals } = parse(rest, { out: { type: 'string' }, comment: { type: 'string' }, reason: { type: 'string' } })
  const [target, extra] = positionals
  if (extra !== undefined) throw new CliError(`unexpected argument: ${extra}`)
  const needTarget = (what: string): string => {
    if (!target) throw new CliError(`missing ${what}`)
    return target
  }
  // each step through the app's own handler, as the account whose password was given
  const signedIn = (core: Core, why: string): Promise<CliFrontDoor> => cliFrontDoor(core, requireActingAs(values, why))
  switch (sub) {
    case 'request': {
      const id = needTarget('notice ID')
      const out = requireString(values.out, '--out')
      const file = await withCore(values.data, (core) => refused(async () => (await signedIn(core, 'the drafter exports the request')).call('review.exportRequest', { id }), id))
      writeFileAtomic(out, base64Decode(file.data))
      return report(output, values.json, { id, out, sha256: file.sha256 }, `已导出审核请求 review request written: ${out}`)
    }
    case 'import': {
      const file = needTarget('REQUEST.zip')
      const data = base64Encode(readFileBytes(file))
      const review = await withCore(values.data, (core) => refused(async () => (await signedIn(core, 'the reviewer imports the request')).call('review.importRequest', { data })).catch(named(file)))
      return report(output, values.json, review, `${review.id}  ${review.title}  (${review.office} · ${review.drafter})`)
    }
    case 'list': {
      const reviews = await withCore(values.data, (core) => core.remote.list())
      if (values.json) printJson(output, reviews)
      else for (const r of reviews) output.out(`${r.id}  ${r.state.padEnd(8)}  ${r.importedAt}  ${r.title}`)
      return 0
    }
    case 'approve':
    case 'reject': {
      const id = needTarget('review id (see review list)')
      const out = requireString(values.out, '--out')
      const reason = sub === 'reject' ? requireString(values.reason, '--reason') : undefined
      const actor = requireActingAs(values, 'the reviewer decides')
      const file = await withCore(values.data, (core) =>
        refused(async () => (await cliFrontDoor(core, actor)).call('review.remoteDecide', { id, password: actor.password, decision: sub, comment: values.comment, reason })),
      )
      writeFileAtomic(out, base64Decode(file.data))
      return report(output, values.json, { id, decision: sub, out, sha256: file.sha256 }, `已写出审核结果 decision written: ${out}`)
    }
    case 'apply': {
      const file = needTarget('DECISION.zip')
      const data = base64Encode(readFileBytes(file))
      const result = await withCore(values.data, (core) =>
        refused(async () => {
          const view = await (await signedIn(core, 'the drafter applies the decision')).call('review.importDecision', { data })
          return { id: view.id, state: view.state }
        }).catch(named(file)),
      )
      return report(output, values.json, result, `${result.id}  ${result.state}`)
    }
    default:
      throw new CliError(`unknown review command: ${sub ?? '(none)'}; try:\n${reviewUsage}`)
  }
}

function report(output: Output, json: boolean | undefined, value: object, line: string): number {
  if (json) printJson(output, value)
  else output.out(line)
  return 0
}

/** Refusals about a file name the file. */
function named(file: string): (error: unknown) => never {
  return (error) => {
    if (error instanceof CliError) throw new CliError(`${file}: ${error.message}`, error.exitCode)
    throw error
  }
}
