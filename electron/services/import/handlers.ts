import type { Handlers } from '../../../shared/api/contract'
import type { Access } from '../common/access'
import type { FrontDoor } from '../common/front-door'
import { ImportService, type ImportProgress } from './import-service'

/** 导入 — a file into a new draft, drafted by the acting drafter (the workflow's create checks the role). */
export function importHandlers(d: { door: FrontDoor; access: Access; importer: ImportService; progress: ImportProgress }): Pick<Handlers, 'notice.import'> {
  return {
    'notice.import': async ({ fileName, data, noticeType }) => {
      const actor = d.access.drafter(d.door.acting())
      const bytes = ImportService.decode(data)
      const result = await d.importer.importNotice({ fileName, bytes, noticeType }, actor, d.progress)
      d.door.noticeChanged(result.notice.id)
      return result
    },
  }
}
