import { onlyId, parse } from '../args'
import { actingAs, requireActingAs } from '../auth'
import { withCore } from '../core'
import { cliFrontDoor } from '../front-door'
import { CliError, printJson, type Output } from '../io'
import { refused } from '../refused'

/**
 * 到期撤稿 — the exported notices whose 公示期 has ended or ends within 3 days and that nobody has recorded as
 * taken down. The titles are the published (redacted) ones. With --as, the account's password is checked first.
 */
export async function noticeExpiring(args: string[], output: Output): Promise<number> {
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

export async function noticeTakenDown(args: string[], output: Output): Promise<number> {
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
