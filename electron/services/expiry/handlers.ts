import type { Handlers } from '../../../shared/api/contract'
import type { FrontDoor } from '../common/front-door'
import type { ExpiryService } from './expiry-service'

/** 到期撤稿 — the ExpiryService checks who sees the reminders and who records 已撤下. */
export function expiryHandlers(d: { door: FrontDoor; expiry: ExpiryService }): Pick<Handlers, 'notice.expiring' | 'notice.takeDown'> {
  const { door, expiry } = d
  return {
    'notice.expiring': () => expiry.expiring(door.acting()),
    'notice.takeDown': ({ id }) => {
      const done = expiry.takeDown(id, door.acting())
      door.noticeChanged(id)
      return { ...done, ...expiry.expiring() }
    },
  }
}
