import type { Account, TrustKey } from '../../../shared/accounts/index'
import type { NoticeState } from '../../../shared/notice/notice'
import type { AccountService, Credentials, TrustExport } from '../accounts/index'
import type { AuditService } from '../audit/index'
import type { DecisionService } from '../notices/decision-service'
import type { NoticeService } from '../notices/notice-service'
import type { Store } from '../store/index'

/** Renders the published HTML to PDF (Electron's printToPDF, or the system Chromium); see services/pdf. */
export type PdfRenderer = { print(html: string): Promise<Uint8Array>; warm?(): Promise<void> }

/**
 * Who acts: a login with its password (the CLI, and every signature), or an account the front door has
 * already signed in (the app's session) for steps that sign nothing.
 */
export type Actor = Credentials | { account: Account }

export type WorkflowDeps = {
  store: Store
  notices: NoticeService
  decisions: DecisionService
  accounts: AccountService
  audit: AuditService
  trust: TrustExport
  now: () => Date
  /** 国密 setting: add an SM2 co-signature to every envelope signed here */
  sm2CoSign?: () => boolean
  /** every key this machine trusts (own and imported lists); defaults to the office's own keys */
  trustedKeys?: () => readonly TrustKey[]
  /** absent where no PDF can be rendered: bundles then carry HTML and TXT only (contracts.md §2) */
  pdf?: PdfRenderer | undefined
  /** told when a PDF could not be rendered (never the document) */
  warn?: (event: string, fields: Record<string, string | number | boolean>) => void
}

/** Where a notice stands in the workflow, for `notice show` and the app. Never key material or document text. */
export type WorkflowStatus = {
  state: NoticeState
  draftedBy: string | null
  policy: string
  submission: { revision: number; contentSha256: string; submittedAt: string; reviewerId: string | null; reviewedAt: string | null; comment: string | null; rejectedReason: string | null } | null
}

export const workflowLimits = { reason: 2000, comment: 2000 } as const

