import packageJson from '../../package.json'
import type { EventChannel } from '../../shared/api/channels'
import type { EventPayload, Handlers } from '../../shared/api/contract'
import { hasRole } from '../../shared/accounts/index'
import { ServiceError } from '../../shared/api/result'
import { AccountService, TrustExport, type KdfParams } from './accounts/index'
import { AuditService } from './audit/index'
import { storeDir } from './data-dir'
import { makePrivateDir, securePrivateTree } from './private-files'
import { DecisionService } from './decisions'
import { ExpiryService } from './expiry/index'
import { ImportService } from './import-service'
import { silentLogger, type Logger } from './logger'
import { NoticeService } from './notices'
import { migrations } from './schema'
import { SettingsService } from './settings'
import { Store } from './store/index'
import { checkedFolderAsync, listFolders, SweepService } from './sweep/index'
import { SessionService } from './session'
import { TrustStore } from './trust-store'
import { WorkflowService, type PdfRenderer } from './workflow/index'
import { RemoteReviewService } from './workflow/remote-review'
import { WorkflowViews } from './workflow/workflow-view'
import { workflowHandlers } from './workflow-handlers'

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

/** Opens the data directory (taking its lock) and wires the services to the API contract. */
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
  const audit = new AuditService(store, options.now)
  const notices = new NoticeService(store, options.now, audit)
  const decisions = new DecisionService(store, notices, options.now)
  const settings = new SettingsService(store)
  const accounts = new AccountService(store, audit, log, options.now, testOnly?.kdf)
  const trust = new TrustExport(store, audit)
  const now = options.now ?? (() => new Date())
  const trustStore = new TrustStore(store, trust, audit, now)
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
  const expiry = new ExpiryService({ store, audit, now })
  // bundles exported before take-down reminders existed get their record (once; nothing to do afterwards)
  workflow.recordEarlierExports()
  const remote = new RemoteReviewService({ store, workflow, views, audit, trusted: () => trustStore.combined().keys, office: () => trust.office(), now })
  const listeners = new Set<EventListener>()
  const emit: EventListener = (event, payload) => {
    for (const listener of listeners) listener(event, payload)
  }
  const changed = <T extends { id: string }>(value: T): T => {
    emit('notice.changed', { id: value.id })
    return value
  }
  const shell = options.shell === 'electron' ? 'electron' : 'browser'
  const session = new SessionService(accounts, trust, audit, () => emit('session.changed', {}))
  /** Once the office has accounts, only a signed-in user reads notices, and only their drafter changes one. */
  const reader = (): void => {
    if (accounts.hasAccounts()) session.require()
  }
  const editor = (id: string): void => {
    if (accounts.hasAccounts()) workflow.assertDrafter(id, session.require())
  }

  const importer = new ImportService({ workflow, audit, now })
  const sweeps = new SweepService({ store, audit, now })
  /**
   * 已发布信息排查: a signed-in drafter or administrator (anyone before the office has accounts); answers the
   * login, whose sweeps only they see.
   */
  const sweeper = (): string | null => {
    if (!accounts.hasAccounts()) return null
    const account = session.require()
    if (!hasRole(account, 'drafter') && !hasRole(account, 'admin')) {
      throw new ServiceError('forbidden', `${account.login} 不是起草人或管理员，不能进行已发布信息排查 (only a drafter or an administrator sweeps published files)`)
    }
    return account.login
  }

  const handlers: Handlers = {
    'app.info': () => ({ version: appVersion, dataDir: options.dataDir, shell, recovery: [...store.recovery] }),
    'notice.create': async (request) => {
      const actor = accounts.hasAccounts() ? { account: session.require('drafter') } : undefined
      return changed(await workflow.create(request, { actor }))
    },
    'notice.import': async ({ fileName, data, noticeType }) => {
      const actor = accounts.hasAccounts() ? { account: session.require('drafter') } : undefined
      const bytes = ImportService.decode(data)
      const result = await importer.importNotice({ fileName, bytes, noticeType }, actor, (fraction, stage) => emit('import.progress', { fraction, stage }))
      emit('notice.changed', { id: result.notice.id })
      return result
    },
    'notice.list': (request) => {
      reader()
      return notices.list(request)
    },
    'notice.get': ({ id }) => {
      reader()
      return notices.get(id)
    },
    'notice.update': ({ id, baseRevision, fields }) => {
      editor(id)
      return changed(notices.update(id, baseRevision, fields))
    },
    'notice.delete': ({ id }) => {
      editor(id)
      return changed(notices.delete(id))
    },
    'notice.restore': ({ id }) => {
      editor(id)
      return changed(notices.restore(id))
    },
    'notice.purge': ({ id }) => {
      editor(id)
      return changed(notices.purge(id))
    },
    'notice.versions': ({ id }) => {
      reader()
      return notices.versions(id)
    },
    'notice.version': ({ id, revision }) => {
      reader()
      return notices.version(id, revision)
    },
    'notice.decisions': ({ id }) => {
      reader()
      return decisions.list(id)
    },
    'notice.decide': (request) => {
      editor(request.id)
      const decision = decisions.decide(request)
      audit.record('finding.decided', session.current()?.login ?? null, request.id, { type: decision.type, action: decision.action })
      return decision
    },
    'notice.undecide': ({ id, key }) => {
      editor(id)
      return decisions.undecide(id, key)
    },
    'notice.manualFindings': ({ id }) => {
      reader()
      return decisions.listManual(id)
    },
    'notice.markManual': (request) => {
      editor(request.id)
      const marked = decisions.markManual(request)
      // kind, action and place only: the value stays out of the log
      audit.record('finding.marked', session.current()?.login ?? null, request.id, { kind: marked.kind, action: marked.action, field: request.field, start: request.start, end: request.end })
      return marked
    },
    'notice.unmarkManual': ({ id, manualId }) => {
      editor(id)
      audit.record('finding.unmarked', session.current()?.login ?? null, id, { manualId })
      return decisions.unmarkManual(id, manualId)
    },
    'notice.expiring': () => {
      reader()
      return expiry.expiring()
    },
    'notice.takeDown': ({ id }) => {
      const done = expiry.takeDown(id, session.require())
      emit('notice.changed', { id })
      return { ...done, ...expiry.expiring() }
    },
    'sweep.start': ({ folder }) => {
      return sweeps.start(folder, sweeper())
    },
    'sweep.status': ({ id }) => {
      return sweeps.status(id, sweeper())
    },
    'sweep.file': ({ id, path }) => {
      return sweeps.file(id, path, sweeper())
    },
    'sweep.export': ({ id, outDir }) => {
      const owner = sweeper()
      const exported = sweeps.export(id, outDir, owner)
      // counts only: a path may name a person, and the report itself is sensitive
      const status = sweeps.status(id, owner)
      audit.record('sweep.report_exported', owner, null, { files: status.swept, needsAction: status.needsAction })
      return exported
    },
    'sweep.history': () => {
      return sweeps.history(sweeper())
    },
    'sweep.chooseFolder': async () => {
      sweeper()
      if (!options.chooseFolder) throw new ServiceError('invalid_request', '这里没有系统的选择文件夹对话框，请在页面上浏览选择 (no system folder dialog in this shell)')
      const chosen = await options.chooseFolder()
      return { folder: chosen === undefined ? null : await checkedFolderAsync(chosen, '选择的文件夹') }
    },
    'sweep.folders': async ({ path }) => {
      sweeper()
      // the desktop app has the system's dialog: the services list folders only where there is none
      if (options.chooseFolder) throw new ServiceError('invalid_request', '桌面版请用系统的选择文件夹对话框 (use the system folder dialog)')
      return listFolders(path)
    },
    'sweep.draft': async ({ id, path }) => {
      const actor = accounts.hasAccounts() ? { account: session.require('drafter') } : undefined
      const { notice } = await importer.importNotice(sweeps.importable(id, path, actor?.account.login ?? null), actor)
      emit('notice.changed', { id: notice.id })
      return { id: notice.id }
    },
    'settings.get': () => settings.get(),
    'settings.update': (request) => {
      if (accounts.hasAccounts() && request.sm2CoSign !== undefined) session.require('admin')
      return settings.update(request)
    },
    ...workflowHandlers({
      session,
      accounts,
      notices,
      workflow,
      views,
      remote,
      trust,
      trustStore,
      audit,
      now,
      sessionChanged: () => emit('session.changed', {}),
      noticeChanged: (id) => emit('notice.changed', { id }),
    }),
  }

  let closed = false
  return {
    dataDir: options.dataDir,
    handlers,
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
