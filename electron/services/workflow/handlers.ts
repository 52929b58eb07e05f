import { fingerprintOf, type Account } from '../../../shared/accounts/index'
import type { Handlers } from '../../../shared/api/contract'
import type { AccountView, KeyView, SavedFile, VerifyView } from '../../../shared/api/contract-workflow'
import { ServiceError } from '../../../shared/api/result'
import { bundlePaths } from '../../../shared/bundle/layout'
import { readApprovalEnvelope, readDraftEnvelope } from '../../../shared/bundle/verify-envelope'
import { base64Decode, base64Encode } from '../../../shared/crypto/base64'
import { utf8Decode } from '../../../shared/crypto/bytes'
import type { AccountListing, AccountService, TrustExport } from '../accounts/index'
import type { AuditService } from '../audit/index'
import { readBundleZip, sha256Hex, verifyBundleZip } from '../bundle/index'
import type { NoticeService } from '../notices/notice-service'
import type { SessionService } from '../accounts/session'
import type { TrustStore } from '../trust/trust-store'
import type { RemoteReviewService } from './remote-review'
import { safeName } from './remote-review'
import type { WorkflowViews } from './workflow-view'
import type { WorkflowService } from './index'

type WorkflowChannel =
  | `session.${string}`
  | `account.${string}`
  | `trust.${string}`
  | `audit.${string}`
  | `review.${string}`
  | 'bundle.verify'
  | 'notice.workflow'
  | 'notice.review'
  | 'notice.submit'
  | 'notice.approve'
  | 'notice.reject'
  | 'notice.withdraw'
  | 'notice.export'

export type WorkflowHandlerDeps = {
  session: SessionService
  accounts: AccountService
  notices: NoticeService
  workflow: WorkflowService
  views: WorkflowViews
  remote: RemoteReviewService
  trust: TrustExport
  trustStore: TrustStore
  audit: AuditService
  now: () => Date
  /** tells every window that who is signed in (or who exists) changed */
  sessionChanged: () => void
  /** tells every window that a notice changed */
  noticeChanged: (id: string) => void
}

/**
 * The app's front door to the two-person workflow: every handler first establishes who acts (the session,
 * or the password it was given) and leaves the rules themselves to the services.
 */
export function workflowHandlers(d: WorkflowHandlerDeps): Pick<Handlers, Extract<keyof Handlers, WorkflowChannel>> {
  const user = (): Account => d.session.require()
  const credentials = (password: string): { login: string; password: string } => ({ login: user().login, password })
  const view = (id: string) => d.views.view(id, d.session.current())
  const changed = <T>(id: string, value: T): T => {
    d.noticeChanged(id)
    return value
  }
  const admin = (): Account => d.session.require('admin')

  return {
    'session.get': () => d.session.get(),
    'session.setup': (r) => d.session.setup(r),
    'session.signIn': (r) => d.session.signIn(r.login, r.password),
    'session.signOut': () => d.session.signOut(),

    'account.list': () => {
      user()
      return d.accounts.list().map(accountView)
    },
    'account.create': async (r) => {
      const acting = admin()
      const account = await d.accounts.create({ login: r.login, name: r.name, roles: r.roles, password: r.password }, { login: acting.login, password: r.adminPassword })
      d.sessionChanged()
      return { ...listing(d.accounts, account.login), warnings: account.warnings.map((w) => ({ code: w.code, logins: w.logins })) }
    },
    'account.reset': async (r) => {
      const acting = admin()
      await d.accounts.resetPassword({ login: acting.login, password: r.adminPassword }, r.login, r.newPassword)
      d.sessionChanged()
      return listing(d.accounts, r.login)
    },
    'account.setRoles': async (r) => {
      const acting = admin()
      await d.accounts.setRoles({ login: acting.login, password: r.adminPassword }, r.login, r.roles)
      d.sessionChanged()
      return listing(d.accounts, r.login)
    },
    'account.deactivate': async (r) => {
      const acting = admin()
      await d.accounts.deactivate({ login: acting.login, password: r.adminPassword }, r.login)
      d.sessionChanged()
      return listing(d.accounts, r.login)
    },
    'account.changePassword': async (r) => {
      await d.accounts.changePassword(user().login, r.oldPassword, r.newPassword)
      return d.session.get()
    },

    'notice.workflow': ({ id }) => {
      user()
      return d.views.view(id, d.session.current())
    },
    'notice.review': ({ id }) => {
      user()
      return d.views.review(id)
    },
    'notice.submit': async ({ id, password }) => {
      await d.workflow.submit(id, credentials(password))
      return changed(id, view(id))
    },
    'notice.approve': async ({ id, password, comment }) => {
      await d.workflow.approve(id, credentials(password), comment)
      return changed(id, view(id))
    },
    'notice.reject': async ({ id, password, reason }) => {
      await d.workflow.reject(id, credentials(password), reason)
      return changed(id, view(id))
    },
    'notice.withdraw': async ({ id }) => {
      await d.workflow.withdraw(id, { account: user() })
      return changed(id, view(id))
    },
    'notice.export': async ({ id }) => {
      const account = user()
      const { bytes, sha256 } = await d.workflow.export(id, { account })
      const title = d.views.review(id).published.title
      d.noticeChanged(id)
      return { fileName: `${safeName(title)}-签名包-${d.now().toISOString().slice(0, 10)}.zip`, data: base64Encode(bytes), sha256 }
    },

    'trust.get': () => {
      user()
      return d.trustStore.view()
    },
    'trust.export': () => {
      const account = user()
      const list = d.trustStore.officeList()
      const text = d.trust.serialise(list)
      const { sha256 } = d.trust.exported(list, text, account.login)
      const bytes = new TextEncoder().encode(text)
      return { fileName: `trust-${safeName(list.office || 'office')}.json`, data: base64Encode(bytes), sha256 } satisfies SavedFile
    },
    'trust.preview': ({ json }) => {
      user()
      return d.trustStore.preview(json)
    },
    'trust.import': ({ json, sha256 }) => d.trustStore.import(json, sha256, admin().login),
    'trust.remove': ({ office }) => d.trustStore.remove(office, admin().login),

    'audit.list': ({ before, limit }) => {
      user()
      return { entries: d.audit.page({ before, limit }), head: d.audit.head() }
    },
    'audit.verify': () => {
      user()
      const result = d.audit.verify()
      return result.ok ? { ok: true, entries: result.entries, brokenAt: null, message: null } : { ok: false, entries: result.entries, brokenAt: result.brokenAt, message: result.message }
    },

    'bundle.verify': ({ bundle, trustJson }) => {
      user()
      return verifyView(bundle, trustJson, d)
    },

    'review.exportRequest': ({ id }) => d.remote.exportRequest(id, user()),
    'review.importRequest': ({ data }) => d.remote.importRequest(data, user()),
    'review.remoteList': () => {
      user()
      return d.remote.list()
    },
    'review.remoteGet': ({ id }) => {
      user()
      return d.remote.get(id)
    },
    'review.remoteDecide': ({ id, password, decision, comment, reason }) => d.remote.decide(id, credentials(password), decision, { comment, reason }),
    'review.importDecision': ({ data }) => {
      const id = d.remote.importDecision(data, user())
      return changed(id, d.views.view(id, d.session.current()))
    },
  }
}

function listing(accounts: AccountService, login: string): AccountView {
  const found = accounts.list().find((a) => a.login === login)
  if (!found) throw new ServiceError('not_found', `账户不存在 (no account named ${login})`)
  return accountView(found)
}

function accountView(a: AccountListing): AccountView {
  return {
    id: a.id,
    login: a.login,
    name: a.name,
    roles: a.roles,
    createdAt: a.createdAt,
    keyid: a.keyid,
    deactivatedAt: a.deactivatedAt,
    fingerprint: a.fingerprint,
    keys: a.keys.map(
      (k): KeyView => ({
        keyid: k.keyid,
        alg: k.alg,
        fingerprint: k.fingerprint || fingerprintOf(k.keyid),
        personId: a.id,
        name: a.name,
        roles: k.roles ?? a.roles,
        validFrom: k.validFrom,
        validUntil: k.validUntil,
        revokedAt: k.revokedAt,
        revocationReason: k.revocationReason,
        state: k.state,
      }),
    ),
  }
}

/** Verifies a bundle the publisher picked, against a trust file or this machine's trusted keys. */
function verifyView(bundle: string, trustJson: string | undefined, d: Pick<WorkflowHandlerDeps, 'trustStore' | 'now'>): VerifyView {
  let bytes: Uint8Array
  try {
    bytes = base64Decode(bundle)
  } catch {
    throw new ServiceError('invalid_request', '文件数据在传递中损坏，无法读取（base64 编码无效） (the file data is not valid base64)')
  }
  let trust: unknown
  let source: 'file' | 'office' = 'office'
  if (trustJson !== undefined) {
    source = 'file'
    try {
      trust = JSON.parse(trustJson)
    } catch {
      throw new ServiceError('invalid_request', '这个文件不是会签导出的信任列表，或已损坏（内容不是有效的 JSON 格式） (the trust list is not valid JSON)')
    }
  } else {
    trust = d.trustStore.combined()
  }
  const result = verifyBundleZip(bytes, trust, { now: d.now() })
  const office = typeof trust === 'object' && trust !== null && 'office' in trust && typeof trust.office === 'string' ? trust.office : ''
  const keys = typeof trust === 'object' && trust !== null && 'keys' in trust && Array.isArray(trust.keys) ? trust.keys.length : 0
  return {
    ok: result.ok,
    checks: result.checks.map((c) => ({ id: c.id, ok: c.ok, reason: c.reason })),
    warnings: result.warnings.map((w) => ({ id: w.id, reason: w.reason })),
    unsigned: result.unsigned,
    trust: { source, office, keys },
    notice: summary(bytes, result.ok),
    bundleSha256: sha256Hex(bytes),
  }
}

/** What the bundle says about itself, read without trusting it (the checks say whether to). */
function summary(bytes: Uint8Array, verified: boolean): VerifyView['notice'] {
  let files: Map<string, Uint8Array>
  try {
    files = readBundleZip(bytes)
  } catch {
    return null
  }
  const draft = readDraftEnvelope(files).predicate
  if (!draft) return null
  const approval = readApprovalEnvelope(files).predicate
  const txt = files.get(bundlePaths.txt)
  return {
    title: draft.title,
    noticeId: draft.noticeId,
    version: draft.version,
    drafter: draft.signer.name,
    reviewer: approval?.signer.name ?? null,
    draftedAt: draft.signedAt,
    approvedAt: approval?.signedAt ?? null,
    comment: approval?.comment ?? null,
    text: verified && txt ? utf8Decode(txt) : null,
    files: [...files].filter(([name]) => name.startsWith('content/') || name.startsWith('report/')).map(([name, b]) => ({ name, size: b.length })),
  }
}
