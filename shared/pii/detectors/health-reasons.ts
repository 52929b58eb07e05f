/**
 * How a HEALTH finding explains itself (reasons.ts): the condition's class — what the words are, never the
 * words themselves — and what tied it to someone or ruled it out.
 */
import type { HealthClass } from '../data/health-model'
import { quoting } from '../interned'
import { reason, type Reason } from '../reasons'

/** 'none' spans never get here (health-spans.ts drops them) */
export const CLASS_REASON: Record<HealthClass, Reason> = {
  none: reason('healthGeneric'),
  disease: reason('healthDisease'),
  generic: reason('healthGeneric'),
  symptom: reason('healthSymptom'),
  treatment: reason('healthTreatment'),
  revealing: reason('healthRevealing'),
  result: reason('healthResult'),
  labValue: reason('healthLabValue'),
  procedure: reason('healthProcedure'),
  medication: reason('healthMedication'),
  phrase: reason('healthPhrase'),
  sign: reason('healthSign'),
  score: reason('healthScore'),
  complaint: reason('healthComplaint'),
}
export const NEGATED = reason('negated')
export const DISABILITY_REASON = reason('disability')
const tiedByWord = quoting('tiedBy', 'word')
const TIED_BY_NAME = reason('tiedByName')
/** what tied a condition to someone: a word before it, or a name right before it (the candidates' 'a name') */
export function tiedBy(detail: string): Reason {
  return detail === 'a name' ? TIED_BY_NAME : tiedByWord(detail)
}
export const afterLabel = quoting('afterLabel', 'label')
/** A word of the pregnancy, mental-health or minors list, quoted (interned by the word) */
export const pregnancyTerm = quoting('pregnancyTerm', 'word')
export const mentalHealthTerm = quoting('mentalHealthTerm', 'word')
export const minorsTerm = quoting('minorsTerm', 'word')
