import type { Handlers } from '../../../shared/api/contract'
import type { FrontDoor } from '../common/front-door'
import { ImportService, type ImportProgress } from './import-service'

/** 导入 — a file into a new draft of the acting drafter (the ImportService checks the role before parsing). */
export function importHandlers(d: { door: FrontDoor; importer: ImportService; progress: ImportProgress }): Pick<Handlers, 'notice.import'> {
  return {
    'notice.import': async ({ fileName, data, noticeType, policy }) => {
      const bytes = ImportService.decode(data)
      const result = await d.importer.importNotice({ fileName, bytes, noticeType, policy }, d.door.acting(), d.progress)
      d.door.noticeChanged(result.notice.id)
      return result
    },
  }
}
