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
  bias: { none: -10, disease: 2.62, generic: -2.32, symptom: -1.1, treatment: -0.7, result: 5.15, labValue: 3.51, procedure: 2.76 },
  weights: { trigger: 3.89, label: 0.6, person: -0.26, documentPerson: -0.12, list: 3, aggregate: -6.71, programme: -7.29, modifier: 1.17, organisation: -5.47, population: -5.37 },
}
