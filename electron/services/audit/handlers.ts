import type { Handlers } from '../../../shared/api/contract'
import type { FrontDoor } from '../common/front-door'
import type { AuditService } from './audit-service'

/** The audit log's screen: the AuditService lets anyone signed in read and check the chain. */
export function auditHandlers(d: { door: FrontDoor; audit: AuditService }): Pick<Handlers, Extract<keyof Handlers, `audit.${string}`>> {
  const { door, audit } = d
  return {
    'audit.list': ({ before, limit }) => {
      const acting = door.acting()
      return { entries: audit.page({ before, limit }, acting), head: audit.head() }
    },
    'audit.verify': () => {
      const result = audit.verify(door.acting())
      return result.ok ? { ok: true, entries: result.entries, brokenAt: null, message: null, detail: null } : { ok: false, entries: result.entries, brokenAt: result.brokenAt, message: result.message, detail: result.detail }
    },
  }
}
