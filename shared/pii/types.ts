/** Kinds of personal (and process-sensitive) information the scanner reports. */
import type { Reason } from './reasons'
export type EntityType =
  | 'ID_CARD'
  | 'MOBILE'
  | 'LANDLINE'
  | 'BANK_CARD'
  | 'EMAIL'
  | 'PASSPORT'
  | 'HK_MACAO_PERMIT'
  | 'TAIWAN_PERMIT'
  | 'LICENSE_PLATE'
  | 'IP_ADDRESS'
  | 'USCC'
  | 'PERSON_NAME'
  | 'ADDRESS'
  | 'DATE_OF_BIRTH'
  | 'HEALTH'
  | 'CONFIDENTIAL_MARKER'

export const entityTypes: readonly EntityType[] = [
  'ID_CARD',
  'MOBILE',
  'LANDLINE',
  'BANK_CARD',
  'EMAIL',
  'PASSPORT',
  'HK_MACAO_PERMIT',
  'TAIWAN_PERMIT',
  'LICENSE_PLATE',
  'IP_ADDRESS',
  'USCC',
  'PERSON_NAME',
  'ADDRESS',
  'DATE_OF_BIRTH',
  'HEALTH',
  'CONFIDENTIAL_MARKER',
]

/** One detected value, with its explanation. Offsets index the ORIGINAL text (UTF-16 code units). */
export type Finding = {
  type: EntityType
  start: number
  /** exclusive */
  end: number
  /** original.slice(start, end) */
  text: string
  /** 0..1 */
  confidence: number
  /** stable rule id, e.g. 'id-card-18' */
  rule: string
  /** which validations passed and which context helped, in order of application, as codes (reasons.ts) */
  reasons: Reason[]
}

export type ScanOptions = {
  /** findings below this are dropped; default DEFAULT_MIN_CONFIDENCE (from the calibration curve) */
  minConfidence?: number
  /** report calibrated probabilities (data/calibration.ts); false gives the detectors' raw scores, for fitting the curve */
  calibrated?: boolean
  /** restrict to these types (all when absent) */
  types?: readonly EntityType[]
  /** reference date for "birth date not in the future"; default now */
  today?: Date
}

/**
 * A detector's proposal, in NORMALISED text coordinates; mapped back to the original at the end.
 * It has a Finding's shape (`text` stays '' until then) so that scan() can turn the survivors into
 * findings in place instead of copying each one.
 */
export type Candidate = Finding
