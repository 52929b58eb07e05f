import type { Handlers } from '../../../shared/api/contract'
import { serviceError } from '../../../shared/api/result'
import type { FrontDoor } from '../common/front-door'
import type { ImportService } from '../import/import-service'
import { checkedFolderAsync, listFolders } from './index'
import type { SweepService } from './sweep-service'

export type SweepHandlerDeps = {
  door: FrontDoor
  sweeps: SweepService
  importer: ImportService
  /** the desktop app's system folder dialog (main process only); absent in the browser shell */
  chooseFolder?: (() => Promise<string | undefined>) | undefined
}

/** 已发布信息排查 — sweeps of already-published pages, each seen only by the login that started it. */
export function sweepHandlers(d: SweepHandlerDeps): Pick<Handlers, Extract<keyof Handlers, `sweep.${string}`>> {
  const { door, sweeps } = d
  // SweepService decides who may sweep (a drafter or an administrator) and whose sweeps are whose
  return {
    'sweep.start': ({ folder }) => sweeps.start(folder, door.acting()),
    'sweep.status': ({ id }) => sweeps.status(id, door.acting()),
    'sweep.file': ({ id, path }) => sweeps.file(id, path, door.acting()),
    'sweep.export': ({ id, outDir }) => sweeps.export(id, outDir, door.acting()),
    'sweep.cancelExport': ({ id }) => sweeps.cancelExport(id, door.acting()),
    'sweep.history': () => sweeps.history(door.acting()),
    'sweep.chooseFolder': async () => {
      sweeps.assertMaySweep(door.acting())
      if (!d.chooseFolder) throw serviceError('invalid_request', 'sweep.noDialog')
      const chosen = await d.chooseFolder()
      return { folder: chosen === undefined ? null : await checkedFolderAsync(chosen, 'chosen') }
    },
    'sweep.folders': async ({ path }) => {
      sweeps.assertMaySweep(door.acting())
      // the desktop app has the system's dialog: the services list folders only where there is none
      if (d.chooseFolder) throw serviceError('invalid_request', 'sweep.useDialog')
      return listFolders(path)
    },
    'sweep.draft': async ({ id, path }) => {
      const { notice } = await d.importer.importNotice(sweeps.importable(id, path, door.acting()), door.acting())
      door.noticeChanged(notice.id)
      return { id: notice.id }
    },
  }
}
