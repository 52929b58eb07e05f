import type { NoticeState } from '../notice/notice'
import type { LocalizedText } from '../policy/types'
import { assertNever } from '../util/assert-never'

/**
 * 审批流程 — the notice workflow as data: which event is legal in which state, and why not when it is not.
 * Who may cause an event (drafter, reviewer) is the services' business; this only says what is legal.
 */

/** What can happen to a notice: 提交 submit, 批准 approve, 退回 reject, 修改 edit, 导出 export, 撤回 withdraw (the drafter takes a submission back). */
export const workflowEvents = ['submit', 'approve', 'reject', 'edit', 'export', 'withdraw'] as const
export type WorkflowEvent = (typeof workflowEvents)[number]

/** Why an event is refused. */
export const refusalCodes = [
  'already_submitted',
  'not_submitted',
  'already_decided',
  'not_approved',
  'exported_locked',
  'unresolved_findings',
  'blocking_findings',
  'self_approval',
  'not_drafter',
  'no_drafter',
  'content_changed',
  'hidden_content_marked',
  'confidential_marker',
  'empty_title',
  'empty_body',
] as const
export type RefusalCode = (typeof refusalCodes)[number]

export type Refusal = { code: RefusalCode; message: LocalizedText }

/**
 * The outcome of an event. `voids` says the event discards a submission or approval (an edit after
 * submitting): what was signed no longer matches the text, so it must be signed again.
 */
export type Transition = { ok: true; from: NoticeState; to: NoticeState; voids: boolean } | { ok: false; refusal: Refusal }

const messages: Record<RefusalCode, LocalizedText> = {
  already_submitted: { 'zh-CN': '公告已提交，正在等待审核', en: 'the notice is already submitted and awaits review' },
  not_submitted: { 'zh-CN': '公告尚未提交审核', en: 'the notice has not been submitted for review' },
  already_decided: { 'zh-CN': '公告已审核完毕', en: 'the notice has already been reviewed' },
  not_approved: { 'zh-CN': '公告尚未批准，不能导出', en: 'the notice is not approved; it cannot be exported' },
  exported_locked: { 'zh-CN': '公告已导出发布，不能再修改；请新建公告', en: 'the notice has been exported; it cannot change any more — create a new notice' },
  unresolved_findings: { 'zh-CN': '还有未处理的个人信息发现项', en: 'some personal-information findings are still undecided' },
  blocking_findings: { 'zh-CN': '含有阻止发布的内容（如“讨论稿”“内部”等标记）', en: 'the notice contains content that blocks publication (e.g. a 讨论稿 or 内部 marker)' },
  self_approval: { 'zh-CN': '不能审批自己起草的公告', en: 'you cannot review a notice you drafted' },
  not_drafter: { 'zh-CN': '只有起草人可以处理发现项和提交公告', en: 'only the drafter of the notice can decide its findings and submit it' },
  no_drafter: { 'zh-CN': '公告没有登记起草人（在建立账户之前创建），请由起草人重新创建', en: 'the notice has no recorded drafter (it was created before accounts existed); the drafter must create it again' },
  content_changed: { 'zh-CN': '发布内容与提交审核时不一致', en: 'the published content differs from what was submitted' },
  confidential_marker: {
    'zh-CN': '公告中还有“讨论稿”“征求意见稿”“内部资料”“秘密★”等阻止发布的标记，只能从文字中删除后才能提交或批准',
    en: 'the text still holds a marker such as 讨论稿, 征求意见稿, 内部资料 or 秘密★, which blocks publication; it must be deleted from the text before the notice can be submitted or approved',
  },
  empty_title: { 'zh-CN': '公告没有标题', en: 'the notice has no title' },
  empty_body: { 'zh-CN': '公告正文是空的', en: 'the notice body is empty' },
  hidden_content_marked: {
    'zh-CN': '正文中还有导入时标出的隐藏内容（隐藏行、隐藏列或隐藏工作表）。请删除这些行或列；如确认可以公开，请删除【隐藏…】标记后再提交',
    en: 'the body still holds hidden content marked at import (hidden rows, columns or sheets). Delete those rows or columns; if the content may be published, remove the 【隐藏…】 marker and submit again',
  },
}

/** The refusal for a code, with its message in both languages. */
export function refusal(code: RefusalCode): Refusal {
  return { code, message: messages[code] }
}

function to(from: NoticeState, next: NoticeState, voids = false): Transition {
  return { ok: true, from, to: next, voids }
}

function no(code: RefusalCode): Transition {
  return { ok: false, refusal: refusal(code) }
}

/**
 * draft → submitted → approved | rejected; submitted → draft on withdraw (before a decision); rejected → draft on edit (or straight back to submitted once the
 * decisions are fixed); approved → exported, and exporting again gives the same bundle. An edit of a
 * submitted or approved notice voids what was signed. An exported notice is the published record: it is
 * never edited in place.
 */
export function transition(state: NoticeState, event: WorkflowEvent): Transition {
  switch (state) {
    case 'draft':
      return fromDraft(event)
    case 'rejected':
      return event === 'submit' ? to(state, 'submitted') : event === 'edit' ? to(state, 'draft') : event === 'export' ? no('not_approved') : no('not_submitted')
    case 'submitted':
      return fromSubmitted(event)
    case 'approved':
      return fromApproved(event)
    case 'exported':
      return event === 'export' ? to(state, 'exported') : event === 'edit' ? no('exported_locked') : no('already_decided')
    default:
      return assertNever(state)
  }
}

function fromDraft(event: WorkflowEvent): Transition {
  switch (event) {
    case 'submit':
      return to('draft', 'submitted')
    case 'edit':
      return to('draft', 'draft')
    case 'approve':
    case 'reject':
    case 'withdraw':
      return no('not_submitted')
    case 'export':
      return no('not_approved')
    default:
      return assertNever(event)
  }
}

function fromSubmitted(event: WorkflowEvent): Transition {
  switch (event) {
    case 'submit':
      return no('already_submitted')
    case 'approve':
      return to('submitted', 'approved')
    case 'reject':
      return to('submitted', 'rejected')
    case 'edit':
    case 'withdraw':
      // 撤回: back to a draft before anyone decided; the drafter's signature is discarded with the submission
      return to('submitted', 'draft', true)
    case 'export':
      return no('not_approved')
    default:
      return assertNever(event)
  }
}

function fromApproved(event: WorkflowEvent): Transition {
  switch (event) {
    case 'submit':
    case 'approve':
    case 'reject':
    case 'withdraw':
      return no('already_decided')
    case 'edit':
      return to('approved', 'draft', true)
    case 'export':
      return to('approved', 'exported')
    default:
      return assertNever(event)
  }
}
