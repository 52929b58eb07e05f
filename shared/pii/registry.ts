/**
 * The detector registry: every detector the scanner runs, in order, with what it reports. One list, read by
 * scan() (which detectors a `types` filter needs) and by the tests (no detector emits a rule or a type it
 * does not declare; a types filter finds what the full scan finds). Their scores are in data/scores.ts.
 * Order matters: names run before health (a sentence that names someone makes a condition in it personal),
 * and addresses last (a name or a condition is never read as an address's part).
 */
import type { EntityType } from './types'
import type { ScanContext } from './scan-context'
import { detectDigitRuns, detectBracketedLandlines } from './detectors/digit-runs'
import { detectAlnumTokens } from './detectors/alnum-tokens'
import { detectMaskedIds } from './detectors/masked-ids'
import { detectPlates } from './detectors/plate'
import { detectEmails } from './detectors/email'
import { detectIps } from './detectors/ip'
import { detectInternationalPhones } from './detectors/intl-phone'
import { detectNames } from './detectors/person-name'
import { detectNamesByModel, detectTransliteratedNames } from './detectors/name-model'
import { detectAddresses } from './detectors/address'
import { detectDatesOfBirth } from './detectors/date-of-birth'
import { detectDatesAfterNames } from './detectors/dob-after-name'
import { detectHealth } from './detectors/health'
import { detectConfidential } from './detectors/confidential'

export type Detector = {
  /** stable id */
  readonly id: string
  /** the entity types it reports */
  readonly types: readonly EntityType[]
  /** types whose detectors read what this one found (names make a condition in the same sentence personal) */
  readonly feeds?: readonly EntityType[]
  /** every rule id its candidates can carry */
  readonly rules: readonly string[]
  readonly run: (ctx: ScanContext) => void
}

const BANK_ISSUERS = ['unionpay', 'domestic', 'visa', 'mastercard', 'amex', 'jcb'] as const
const HEALTH_CLASSES = ['disease', 'generic', 'symptom', 'treatment', 'revealing', 'result', 'labValue', 'procedure', 'medication', 'phrase', 'sign', 'score', 'complaint'] as const

export const DETECTORS: readonly Detector[] = [
  {
    id: 'digit-runs', feeds: ['HEALTH'],
    types: ['ID_CARD', 'MOBILE', 'LANDLINE', 'BANK_CARD', 'TAIWAN_PERMIT'],
    rules: ['id-card-18', 'id-card-15', 'residence-permit-hmt', 'disability-cert-number', 'mobile-cn', 'landline-cn', 'landline-cn-ext', 'landline-local', 'bank-card', ...BANK_ISSUERS.map((i) => `bank-card-${i}`), 'taiwan-permit-8'],
    run: detectDigitRuns,
  },
  { id: 'bracketed-landlines', feeds: ['HEALTH'], types: ['LANDLINE'], rules: ['landline-cn', 'landline-cn-ext'], run: detectBracketedLandlines },
  { id: 'masked-ids', feeds: ['HEALTH'], types: ['ID_CARD'], rules: ['id-card-masked'], run: detectMaskedIds },
  {
    id: 'alnum-tokens', feeds: ['HEALTH'],
    types: ['USCC', 'PASSPORT', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT'],
    rules: [
      'uscc',
      'passport-cn-ordinary',
      'passport-cn-official',
      'passport-labelled',
      'hk-macao-permit-mainland',
      'hk-macao-permit-booklet',
      'hk-macao-home-return-permit',
      'hk-macao-permit-labelled',
      'taiwan-permit-mainland',
      'taiwan-permit-labelled',
      'foreign-document-labelled',
      'foreign-permanent-residence-labelled',
      'document-in-column',
    ],
    run: detectAlnumTokens,
  },
  { id: 'plates', feeds: ['HEALTH'], types: ['LICENSE_PLATE'], rules: ['license-plate', 'license-plate-special'], run: detectPlates },
  { id: 'emails', feeds: ['HEALTH'], types: ['EMAIL'], rules: ['email'], run: detectEmails },
  { id: 'ips', feeds: ['HEALTH'], types: ['IP_ADDRESS'], rules: ['ipv4', 'ipv6'], run: detectIps },
  { id: 'international-phones', feeds: ['HEALTH'], types: ['MOBILE', 'LANDLINE'], rules: ['mobile-intl', 'landline-intl', 'mobile-tw-local'], run: detectInternationalPhones },
  { id: 'dates-of-birth', feeds: ['HEALTH'], types: ['DATE_OF_BIRTH'], rules: ['dob-table-header', 'dob-label', 'dob-born', 'dob-born-chinese-numerals', 'dob-after-sex', 'dob-after-relation'], run: detectDatesOfBirth },
  { id: 'confidential', feeds: ['HEALTH'], types: ['CONFIDENTIAL_MARKER'], rules: ['confidential-marker'], run: detectConfidential },
  {
    id: 'names',
    types: ['PERSON_NAME'],
    feeds: ['HEALTH'],
    rules: ['name-label', 'name-table-header', 'name-title', 'name-gender', 'name-before-identifier', 'name-list-item', 'name-counted-list', 'name-salutation'],
    run: detectNames,
  },
  { id: 'transliterated-names', types: ['PERSON_NAME'], feeds: ['HEALTH'], rules: ['name-transliterated'], run: detectTransliteratedNames },
  { id: 'name-model', types: ['PERSON_NAME'], feeds: ['HEALTH'], rules: ['name-model'], run: detectNamesByModel },
  { id: 'dates-after-names', types: ['DATE_OF_BIRTH'], feeds: ['HEALTH'], rules: ['dob-after-name', 'dob-after-age'], run: detectDatesAfterNames },
  {
    id: 'health',
    types: ['HEALTH'],
    rules: [...HEALTH_CLASSES.map((c) => `health-${c}`), 'health-disability', 'health-pregnancy', 'health-mental', 'health-minor', 'health-clause', 'health-tagger', 'health-table-header'],
    run: detectHealth,
  },
  {
    id: 'addresses',
    types: ['ADDRESS'],
    rules: ['address-gazetteer', 'address-label', 'address-road', 'address-village', 'address-bracket', 'address-building', 'address-group', 'address-neighbour', 'address-table-header'],
    run: detectAddresses,
  },
]

/** Rules of the passes after the detectors: a name found again where it recurs (repeats.ts). */
export const PASS_RULES: readonly string[] = ['name-repeated']

/** Whether a `types` filter needs this detector: it reports one of them, or one of their detectors reads what it finds. */
export function neededFor(detector: Detector, want: ReadonlySet<EntityType>): boolean {
  return detector.types.some((t) => want.has(t)) || (detector.feeds ?? []).some((t) => want.has(t))
}
