import packageJson from '../../package.json'
import type { EventChannel } from '../../shared/api/channels'
import type { EventPayload, Handlers } from '../../shared/api/contract'
import { AccountService, TrustExport, type KdfParams } from './accounts/index'
import { accountHandlers } from './accounts/handlers'
import { SessionService } from './accounts/session'
import { AuditService } from './audit/index'
import { auditHandlers } from './audit/handlers'
import { bundleHandlers } from './bundle/handlers'
import { hasRole } from '../../shared/accounts/roles'
import { Access, type Acting } from './common/access'
import { storeDir } from './common/data-dir'
import type { FrontDoor } from './common/front-door'
import { silentLogger, type Logger } from './common/logger'
import { makePrivateDir, securePrivateTree } from './common/private-files'
import { ExpiryService } from './expiry/index'
import { expiryHandlers } from './expiry/handlers'
import { importHandlers } from './import/handlers'
import { ImportService } from './import/import-service'
import { DecisionService } from './notices/decision-service'
import { noticeHandlers } from './notices/handlers'
import { NoticeService } from './notices/notice-service'
import { settingsHandlers } from './settings/handlers'
import { SettingsService } from './settings/settings-service'
import { migrations } from './store/schema'
import { Store } from './store/index'
import { SweepService } from './sweep/index'
import { sweepHandlers } from './sweep/handlers'
import { TrustStore } from './trust/trust-store'
import { trustHandlers } from './trust/handlers'
import { WorkflowService, type PdfRenderer } from './workflow/index'
import { workflowHandlers } from './workflow/handlers'
import { RemoteReviewService } from './workflow/remote-review'
import { WorkflowViews } from './workflow/workflow-view'

export type Shell = 'electron' | 'browser' | 'cli'
export type CoreOptions = {
  dataDir: string
  shell: Shell
  log?: Logger
  now?: () => Date
  /** renders bundle PDFs; absent where no Chromium/Electron printing is available */
  pdf?: PdfRenderer | undefined
  /** a person chose to drop a damaged journal's unreadable saves (see StoreOptions.acceptJournalLoss) */
  acceptJournalLoss?: boolean
  /**
   * 选择文件夹: the system's folder dialog, given by the Electron main process only (electron/main/folder-dialog);
   * the folder chosen, or undefined when cancelled. The browser shell has none: its page browses folders instead.
   */
  chooseFolder?: () => Promise<string | undefined>
}
/**
 * For tests only, and only as openCore's second argument, which no front door passes (the Electron main
 * process, the browser host and the CLI call openCore(options); test/security/kdf-params.test.ts checks):
 * a cheaper scrypt cost for the accounts a test fixture makes (test/support/test-kdf.ts). Never read from
 * the environment, the command line or the settings.
 */
export type TestOnlyCoreOptions = { kdf: KdfParams }
export type EventListener = <E extends EventChannel>(event: E, payload: EventPayload<E>) => void

/** The services behind every front door: one store, one implementation of each API call. */
export type Core = {
  readonly dataDir: string
  readonly handlers: Handlers
  /**
   * The same handler maps for a front door without a window session (the CLI): `acting` is the account that
   * front door established (a password checked by AccountService.authenticate), or null. Same validation
   * (through `dispatch`), same services, same checks.
   */
  handlersFor(acting: Acting): Handlers
  readonly notices: NoticeService
  readonly decisions: DecisionService
  readonly settings: SettingsService
  /** 账户 — accounts, passwords and signing keys (authenticate, unlockSigningKey …). */
  readonly accounts: AccountService
  /** 审计日志 — the hash-chained audit log; other services call `audit.append(tx, …)` or `audit.record(…)`. */
  readonly audit: AuditService
  /** 信任列表 — builds the trust list of this office's public keys. */
  readonly trust: TrustExport
  /** 审批流程 — submit, approve, reject, export; every authorisation check of the two-person rule. */
  readonly workflow: WorkflowService
  /** 登录状态 — who is signed in to this window */
  readonly session: SessionService
  /** 信任列表 — own keys and imported lists */
  readonly trustStore: TrustStore
  /** 异地审核 — review requests and decisions carried between machines */
  readonly remote: RemoteReviewService
  /** 导入 — .docx/.xlsx/.csv/.html files into new drafts */
  readonly importer: ImportService
  /** 到期撤稿 — exported bundles whose 公示期 is over or nearly over, and 已撤下 */
  readonly expiry: ExpiryService
  /** 已发布信息排查 — folders of already-published pages swept in the app */
  readonly sweeps: SweepService
  readonly store: Store
  subscribe(listener: EventListener): () => void
  close(): void
}

export const appVersion: string = packageJson.version

/**
 * Opens the data directory (taking its lock) and wires the services and each feature's handler map to the API
 * contract. Nothing is decided here: who may do what is the services' (common/access), the handlers are the
 * features'.
 */
export async function openCore(options: CoreOptions, testOnly?: TestOnlyCoreOptions): Promise<Core> {
  const log = options.log ?? silentLogger
  // owner-only data folder (0700, files 0600): created so, and an existing one checked and tightened
  makePrivateDir(options.dataDir)
  const permissionNotes = securePrivateTree(options.dataDir)
  for (const note of permissionNotes) log.warn('data.permissions', { fixedOrWarned: note.startsWith('警告') ? 'warned' : 'fixed' })
  const store = await Store.open({
    dir: storeDir(options.dataDir),
    startupNotes: permissionNotes,
    migrations,
    lockTag: options.shell,
    log: (event, fields) => log.info(`store.${event}`, fields),
    acceptJournalLoss: options.acceptJournalLoss === true,
  })
  const now = options.now ?? (() => new Date())
  // who may do what (common/access): every service checks the acting account its front door passes
  const access: Access = new Access(store, (): boolean => accounts.hasAccounts())
  const audit: AuditService = new AuditService(store, options.now, access)
  const notices = new NoticeService(store, options.now, audit, access)
  const decisions = new DecisionService(store, notices, options.now, { access, audit })
  const settings = new SettingsService(store, access)
  const accounts: AccountService = new AccountService(store, audit, log, options.now, testOnly?.kdf)
  const trust = new TrustExport(store, audit)
  const trustStore = new TrustStore(store, trust, audit, now, access)
  const workflow = new WorkflowService({
    store,
    notices,
    decisions,
    accounts,
    audit,
    trust,
    now,
    pdf: options.pdf,
    trustedKeys: () => trustStore.combined().keys,
    sm2CoSign: () => settings.get().sm2CoSign,
    warn: (event, fields) => log.warn(event, fields),
  })
  const views = new WorkflowViews(store, accounts, workflow)
  const expiry = new ExpiryService({ store, audit, now, access })
  // bundles exported before take-down reminders existed get their record (once; nothing to do afterwards)
  workflow.recordEarlierExports()
  const remote = new RemoteReviewService({ store, workflow, views, audit, trusted: () => trustStore.combined().keys, office: () => trust.office(), now })
  const listeners = new Set<EventListener>()
  const emit: EventListener = (event, payload) => {
    for (const listener of listeners) listener(event, payload)
  }
  const shell = options.shell === 'electron' ? 'electron' : 'browser'
  /**
   * A drafter opened 提交审核's password dialog: the PDF printer starts its browser now (and readies a page)
   * while the password is typed, so the submit waits only for the print itself (issue 14). Not at sign-in: a
   * session that only reads, reviews or edits never starts a browser. Nothing is printed and nothing of the
   * notice goes to it here.
   */
  const warmPrinter = (): boolean => {
    const account = session.current()
    if (!options.pdf?.warm || !account || !hasRole(account, 'drafter')) return false
    options.pdf.warm().catch(() => undefined)
    return true
  }
  const session = new SessionService(accounts, trust, audit, () => emit('session.changed', {}))
  const importer = new ImportService({ workflow, access, audit, now })
  const sweeps = new SweepService({ store, audit, now, hasAccounts: () => accounts.hasAccounts() })

  // The handler maps behind a front door: who acts there, and how to tell the windows.
  const handlersOf = (door: FrontDoor): Handlers => ({
    'app.info': () => ({ version: appVersion, dataDir: options.dataDir, shell, recovery: [...store.recovery] }),
    ...noticeHandlers({ door, notices, decisions }),
    ...workflowHandlers({ door, access, workflow, views, remote }),
    ...importHandlers({ door, importer, progress: (fraction, stage) => emit('import.progress', { fraction, stage }) }),
    ...expiryHandlers({ door, expiry }),
    ...sweepHandlers({ door, sweeps, importer, chooseFolder: options.chooseFolder }),
    ...settingsHandlers({ door, settings }),
    ...accountHandlers({ door, session, accounts }),
    ...trustHandlers({ door, trustStore }),
    ...auditHandlers({ door, audit }),
    ...bundleHandlers({ door, trusted: () => trustStore.combined() }),
  })
  const windows = {
    noticeChanged: (id: string) => emit('notice.changed', { id }),
    sessionChanged: () => emit('session.changed', {}),
    now,
  }
  // the window's front door (Electron IPC, the browser host): the session names who acts
  const handlers = handlersOf({ ...windows, acting: () => session.current() ?? null, preparingSubmit: warmPrinter })

  let closed = false
  return {
    dataDir: options.dataDir,
    handlers,
    handlersFor: (acting) => handlersOf({ ...windows, acting: () => acting }),
    notices,
    decisions,
    settings,
    accounts,
    audit,
    trust,
    workflow,
    session,
    trustStore,
    remote,
    importer,
    expiry,
    sweeps,
    store,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close() {
      if (closed) return
      closed = true
      listeners.clear()
      store.close()
    },
  }
}
