/**
 * How a HEALTH finding explains itself (reasons.ts): the condition's class — what the words are, never the
 * words themselves — and what tied it to someone or ruled it out.
 */
import type { HealthClass } from '../data/health-model'
import { interned, quoting } from '../interned'
import { reason, reasonWith, type Reason } from '../reasons'

/** 'none' spans never get here (health-spans.ts drops them) */
export const CLASS_REASON: Record<HealthClass, Reason> = {
  none: reason('healthGeneric'),
  disease: reason('healthDisease'),
  generic: reason('healthGeneric'),
  symptom: reason('healthSymptom'),
  treatment: reason('healthTreatment'),
  result: reason('healthResult'),
  labValue: reason('healthLabValue'),
  procedure: reason('healthProcedure'),
  medication: reason('healthMedication'),
  phrase: reason('healthPhrase'),
  sign: reason('healthSign'),
  score: reason('healthScore'),
}
export const NEGATED = reason('negated')
export const DISABILITY_REASON = reason('disability')
export const tiedBy = quoting('tiedBy', 'word')
export const afterLabel = quoting('afterLabel', 'label')
/** key: list and word joined by NUL */
export const lexiconReason = interned((key: string) => {
  const cut = key.indexOf('\u0000')
  return reasonWith('healthLexicon', { list: key.slice(0, cut), word: key.slice(cut + 1) })
})
