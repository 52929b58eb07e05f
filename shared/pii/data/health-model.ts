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
  bias: { none: -10, disease: 1.53, generic: -0.49, symptom: -0.49, treatment: -1.45, result: 1.66, labValue: 0.37, procedure: -1.01 },
  weights: { trigger: 1.72, label: -0.84, person: 0.17, documentPerson: -0.44, list: 1.12, aggregate: -4.34, programme: -4.74, modifier: 1.1, organisation: -2.53, population: -2.3 },
}
