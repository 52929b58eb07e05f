/**
 * Weights of the HEALTH scorer (detectors/health.ts): a logistic model over the evidence that a
 * condition word is a particular person's condition. confidence = 1 / (1 + e^-z), z = the class's
 * bias + the weights of the evidence present. Fitted on the development notices
 * (test/fixtures/pii/prose-dev, public sample) by scripts/pii-fit-health.ts; never on the held-out set.
 */
/** `none`: a word that only looks like a condition (慢性病 holds 性病); it claims its place and is dropped */
export type HealthClass = 'none' | 'disease' | 'generic' | 'symptom' | 'treatment' | 'result' | 'labValue' | 'procedure' | 'medication' | 'phrase'
export type HealthEvidence = 'trigger' | 'label' | 'person' | 'documentPerson' | 'list' | 'aggregate' | 'programme' | 'modifier' | 'organisation' | 'population' | 'impersonal'

export const healthModel: { bias: Record<HealthClass, number>; weights: Record<HealthEvidence, number> } = {
  bias: { none: -10, disease: 0.58, generic: -3.8, symptom: -3.31, treatment: -2.93, result: 5.76, labValue: 3.65, procedure: 3.48, medication: 0.24, phrase: 0 },
  weights: { trigger: 3.9, label: 0.7, person: 2.28, documentPerson: 1.23, list: 2.58, aggregate: -6.36, programme: -7.16, modifier: 1.06, organisation: -4.38, population: -4.38, impersonal: -1.02 },
}
