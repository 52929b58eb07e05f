import type { TrustList } from '../../../shared/accounts/index'
import type { Handlers } from '../../../shared/api/contract'
import type { FrontDoor } from '../common/front-door'
import { verifyView } from './verify-view'

/** 验证签名包 — a bundle the publisher picked, against a trust file or this machine's trusted keys. */
export function bundleHandlers(d: { door: FrontDoor; trusted: () => TrustList }): Pick<Handlers, 'bundle.verify'> {
  return {
    'bundle.verify': ({ bundle, trustJson }) => verifyView(bundle, trustJson, { trusted: d.trusted, now: () => d.door.now() }, d.door.acting()),
  }
}
