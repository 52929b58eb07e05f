import { serviceError } from '../../../shared/api/result'
import { decisionActionSchema } from '../../../shared/findings/decision'
import { sha256Hex } from '../../services/bundle/node-crypto'
import type { Core } from '../../services/core'
import { workflowRow } from '../../services/workflow/workflow-rows'
import { onlyId, parse, requireString } from '../args'
import { requireActingAs } from '../auth'
import { withCore } from '../core'
import { cliFrontDoor } from '../front-door'
import { CliError, printJson, type Output } from '../io'
import { refused } from '../refused'

/** `notice decide` and the review steps (submit, withdraw, approve, reject), through the same handler maps as the app. */

export async function noticeDecide(args: string[], output: Output): Promise<number> {
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
      if (!item) throw serviceError('invalid_request', 'workflow.noFinding', { index })
      return door.call('notice.decide', { id, key: item.finding.key, type: item.finding.type, action: action.data, reason: values.reason })
    }, id),
  )
  if (values.json) printJson(output, { decision })
  else output.out(`已记录 decided: #${index} ${decision.type} → ${decision.action}`)
  return 0
}

/** submit, approve, reject and withdraw: the service checks who may; the CLI only passes the signed-in account on. */
export async function noticeReview(sub: 'submit' | 'approve' | 'reject' | 'withdraw', args: string[], output: Output): Promise<number> {
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
