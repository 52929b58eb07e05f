/**
 * Weights of the HEALTH scorer (detectors/health.ts): a logistic model over the evidence that a
 * condition word is a particular person's condition. confidence = 1 / (1 + e^-z), z = the class's
 * bias + the weights of the evidence present. Fitted on the development notices
 * (test/fixtures/pii/prose-dev, public sample) by scripts/pii-fit-health.ts; never on the held-out set.
 */
/** `none`: a word that only looks like a condition (慢性病 holds 性病); it claims its place and is dropped */
export type HealthClass = 'none' | 'disease' | 'generic' | 'symptom' | 'treatment' | 'result' | 'labValue' | 'procedure'
export type HealthEvidence = 'trigger' | 'label' | 'person' | 'documentPerson' | 'list' | 'aggregate' | 'programme' | 'modifier' | 'organisation' | 'population'

export const healthModel: { bias: Record<HealthClass, number>; weights: Record<HealthEvidence, number> } = {
  bias: { none: -10, disease: 2.46, generic: -2.44, symptom: -1.24, treatment: -0.84, result: 4.61, labValue: 3.21, procedure: 1.87 },
  weights: { trigger: 3.88, label: 0.62, person: -0.11, documentPerson: 0.01, list: 2.96, aggregate: -6.59, programme: -7.18, modifier: 1.16, organisation: -5.32, population: -5.19 },
}
