import type { Handlers } from '../../../shared/api/contract'
import type { FrontDoor } from '../common/front-door'
import type { DecisionService } from './decision-service'
import type { NoticeService } from './notice-service'

type NoticeChannel =
  | 'notice.list'
  | 'notice.get'
  | 'notice.update'
  | 'notice.delete'
  | 'notice.restore'
  | 'notice.purge'
  | 'notice.versions'
  | 'notice.version'
  | 'notice.decisions'
  | 'notice.decide'
  | 'notice.undecide'
  | 'notice.manualFindings'
  | 'notice.markManual'
  | 'notice.unmarkManual'

/** Notices, their versions and their finding decisions: the services check who may read and who may change. */
export function noticeHandlers(d: { door: FrontDoor; notices: NoticeService; decisions: DecisionService }): Pick<Handlers, NoticeChannel> {
  const { door, notices, decisions } = d
  const changed = <T extends { id: string }>(value: T): T => {
    door.noticeChanged(value.id)
    return value
  }
  return {
    'notice.list': (request) => notices.list(request, door.acting()),
    'notice.get': ({ id }) => notices.get(id, door.acting()),
    'notice.update': ({ id, baseRevision, fields }) => changed(notices.update(id, baseRevision, fields, door.acting())),
    'notice.delete': ({ id }) => changed(notices.delete(id, door.acting())),
    'notice.restore': ({ id }) => changed(notices.restore(id, door.acting())),
    'notice.purge': ({ id }) => changed(notices.purge(id, door.acting())),
    'notice.versions': ({ id }) => notices.versions(id, door.acting()),
    'notice.version': ({ id, revision }) => notices.version(id, revision, door.acting()),
    'notice.decisions': ({ id }) => decisions.list(id, door.acting()),
    'notice.decide': (request) => decisions.decide(request, door.acting()),
    'notice.undecide': ({ id, key }) => decisions.undecide(id, key, door.acting()),
    'notice.manualFindings': ({ id }) => decisions.listManual(id, door.acting()),
    'notice.markManual': (request) => decisions.markManual(request, door.acting()),
    'notice.unmarkManual': ({ id, manualId }) => decisions.unmarkManual(id, manualId, door.acting()),
  }
}
