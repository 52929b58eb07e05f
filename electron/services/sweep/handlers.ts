import { hasRole } from '../../../shared/accounts/index'
import type { Handlers } from '../../../shared/api/contract'
import { serviceError } from '../../../shared/api/result'
import type { AuditService } from '../audit/index'
import { signedIn, type Access } from '../common/access'
import type { FrontDoor } from '../common/front-door'
import type { ImportService } from '../import/import-service'
import { checkedFolderAsync, listFolders } from './index'
import type { SweepService } from './sweep-service'

export type SweepHandlerDeps = {
  door: FrontDoor
  access: Access
  hasAccounts: () => boolean
  sweeps: SweepService
  importer: ImportService
  audit: AuditService
  /** the desktop app's system folder dialog (main process only); absent in the browser shell */
  chooseFolder?: (() => Promise<string | undefined>) | undefined
}

/** 已发布信息排查 — sweeps of already-published pages, each seen only by the login that started it. */
export function sweepHandlers(d: SweepHandlerDeps): Pick<Handlers, Extract<keyof Handlers, `sweep.${string}`>> {
  const { door, sweeps } = d
  /**
   * A signed-in drafter or administrator (anyone before the office has accounts); answers the login, whose
   * sweeps only they see.
   */
  const sweeper = (): string | null => {
    if (!d.hasAccounts()) return null
    const account = signedIn(door.acting())
    if (!hasRole(account, 'drafter') && !hasRole(account, 'admin')) {
      throw serviceError('forbidden', 'sweep.notAllowed', { login: account.login })
    }
    return account.login
  }
  return {
    'sweep.start': ({ folder }) => sweeps.start(folder, sweeper()),
    'sweep.status': ({ id }) => sweeps.status(id, sweeper()),
    'sweep.file': ({ id, path }) => sweeps.file(id, path, sweeper()),
    'sweep.export': async ({ id, outDir }) => {
      const owner = sweeper()
      const exported = await sweeps.export(id, outDir, owner)
      // counts only: a path may name a person, and the report itself is sensitive
      const status = sweeps.status(id, owner)
      d.audit.record('sweep.report_exported', owner, null, { files: status.swept, needsAction: status.needsAction })
      return exported
    },
    'sweep.cancelExport': ({ id }) => sweeps.cancelExport(id, sweeper()),
    'sweep.history': () => sweeps.history(sweeper()),
    'sweep.chooseFolder': async () => {
      sweeper()
      if (!d.chooseFolder) throw serviceError('invalid_request', 'sweep.noDialog')
      const chosen = await d.chooseFolder()
      return { folder: chosen === undefined ? null : await checkedFolderAsync(chosen, 'chosen') }
    },
    'sweep.folders': async ({ path }) => {
      sweeper()
      // the desktop app has the system's dialog: the services list folders only where there is none
      if (d.chooseFolder) throw serviceError('invalid_request', 'sweep.useDialog')
      return listFolders(path)
    },
    'sweep.draft': async ({ id, path }) => {
      const actor = d.access.drafter(door.acting())
      const { notice } = await d.importer.importNotice(sweeps.importable(id, path, actor?.account.login ?? null), actor)
      door.noticeChanged(notice.id)
      return { id: notice.id }
    },
  }
}
