import packageJson from '../../package.json'
import type { EventChannel } from '../../shared/api/channels'
import type { EventPayload, Handlers } from '../../shared/api/contract'
import { AccountService, TrustExport } from './accounts/index'
import { AuditService } from './audit/index'
import { storeDir } from './data-dir'
import { DecisionService } from './decisions'
import { silentLogger, type Logger } from './logger'
import { NoticeService } from './notices'
import { migrations } from './schema'
import { SettingsService } from './settings'
import { Store } from './store/index'
import { WorkflowService } from './workflow/index'

export type Shell = 'electron' | 'browser' | 'cli'
export type CoreOptions = {
  dataDir: string
  shell: Shell
  log?: Logger
  now?: () => Date
}
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
  readonly store: Store
  subscribe(listener: EventListener): () => void
  close(): void
}

export const appVersion: string = packageJson.version

/** Opens the data directory (taking its lock) and wires the services to the API contract. */
export async function openCore(options: CoreOptions): Promise<Core> {
  const log = options.log ?? silentLogger
  const store = await Store.open({
    dir: storeDir(options.dataDir),
    migrations,
    lockTag: options.shell,
    log: (event, fields) => log.info(`store.${event}`, fields),
  })
  const audit = new AuditService(store, options.now)
  const notices = new NoticeService(store, options.now, audit)
  const decisions = new DecisionService(store, notices, options.now)
  const settings = new SettingsService(store)
  const accounts = new AccountService(store, audit, log, options.now)
  const trust = new TrustExport(store, audit)
  const workflow = new WorkflowService({ store, notices, decisions, accounts, audit, trust, now: options.now ?? (() => new Date()) })
  const listeners = new Set<EventListener>()
  const emit: EventListener = (event, payload) => {
    for (const listener of listeners) listener(event, payload)
  }
  const changed = <T extends { id: string }>(value: T): T => {
    emit('notice.changed', { id: value.id })
    return value
  }
  const shell = options.shell === 'electron' ? 'electron' : 'browser'

  const handlers: Handlers = {
    'app.info': () => ({ version: appVersion, dataDir: options.dataDir, shell, recovery: [...store.recovery] }),
    'notice.create': (request) => changed(notices.create(request)),
    'notice.list': (request) => notices.list(request),
    'notice.get': ({ id }) => notices.get(id),
    'notice.update': ({ id, baseRevision, fields }) => changed(notices.update(id, baseRevision, fields)),
    'notice.delete': ({ id }) => changed(notices.delete(id)),
    'notice.restore': ({ id }) => changed(notices.restore(id)),
    'notice.purge': ({ id }) => changed(notices.purge(id)),
    'notice.versions': ({ id }) => notices.versions(id),
    'notice.version': ({ id, revision }) => notices.version(id, revision),
    'notice.decisions': ({ id }) => decisions.list(id),
    'notice.decide': (request) => decisions.decide(request),
    'notice.undecide': ({ id, key }) => decisions.undecide(id, key),
    'settings.get': () => settings.get(),
    'settings.update': (request) => settings.update(request),
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
