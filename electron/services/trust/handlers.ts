import type { Handlers } from '../../../shared/api/contract'
import type { FrontDoor } from '../common/front-door'
import type { TrustStore } from './trust-store'

/** Trust lists: the TrustStore checks who may look (anyone signed in) and who may change them (an administrator). */
export function trustHandlers(d: { door: FrontDoor; trustStore: TrustStore }): Pick<Handlers, Extract<keyof Handlers, `trust.${string}`>> {
  const { door, trustStore } = d
  return {
    'trust.get': () => trustStore.view(door.acting()),
    'trust.export': () => trustStore.exportFile(door.acting()),
    'trust.preview': ({ json }) => trustStore.preview(json, door.acting()),
    'trust.import': ({ json, sha256 }) => trustStore.import(json, sha256, door.acting()),
    'trust.remove': ({ office }) => trustStore.remove(office, door.acting()),
  }
}
