import type { Resolution } from '../../../shared/findings/resolution'
import type { EntityType } from '../../../shared/pii/index'
import { assertNever } from '../../../shared/util/assert-never'

/**
 * How alarming a kind of information is, for colour: identity documents, money and health are `high`
 * (PIPL art. 28 sensitive or enough to impersonate someone), contact and identity details `medium`,
 * organisation codes `low`, process markings their own colour.
 */
export type Severity = 'high' | 'medium' | 'low' | 'marker'

export function severityOf(type: EntityType): Severity {
  switch (type) {
    case 'ID_CARD':
    case 'BANK_CARD':
    case 'PASSPORT':
    case 'HK_MACAO_PERMIT':
    case 'TAIWAN_PERMIT':
    case 'HEALTH':
      return 'high'
    case 'MOBILE':
    case 'LANDLINE':
    case 'EMAIL':
    case 'LICENSE_PLATE':
    case 'IP_ADDRESS':
    case 'PERSON_NAME':
    case 'ADDRESS':
    case 'DATE_OF_BIRTH':
      return 'medium'
    case 'USCC':
      return 'low'
    case 'CONFIDENTIAL_MARKER':
      return 'marker'
    default:
      return assertNever(type)
  }
}

/** Where a highlight stands: still to resolve or blocking (loud), hidden when published, or published as written. */
export type MarkState = 'unresolved' | 'blocking' | 'hidden' | 'shown'

export function markStateOf(resolution: Resolution): MarkState {
  if (resolution.status === 'unresolved' || resolution.status === 'blocking') return resolution.status
  return resolution.publish === 'keep' ? 'shown' : 'hidden'
}
