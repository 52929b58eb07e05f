/**
 * Weights of the HEALTH scorer (detectors/health.ts): a logistic model over the evidence that a
 * condition word is a particular person's condition. confidence = 1 / (1 + e^-z), z = the class's
 * bias + the weights of the evidence present. Fitted on the development notices
 * (test/fixtures/pii/prose-dev, public sample) by scripts/pii-fit-health.ts; never on the held-out set.
 */
/** `none`: a word that only looks like a condition (慢性病 holds 性病); it claims its place and is dropped */
export type HealthClass = 'none' | 'disease' | 'generic' | 'symptom' | 'treatment' | 'result' | 'labValue' | 'procedure'
export type HealthEvidence = 'trigger' | 'label' | 'person' | 'documentPerson' | 'list' | 'aggregate' | 'programme' | 'modifier' | 'organisation' | 'population' | 'impersonal'

export const healthModel: { bias: Record<HealthClass, number>; weights: Record<HealthEvidence, number> } = {
  bias: { none: -10, disease: 0.91, generic: -3.46, symptom: -2.86, treatment: -2.41, result: 5.74, labValue: 3.87, procedure: 3.46 },
  weights: { trigger: 3.79, label: 0.63, person: 1.76, documentPerson: 1.21, list: 2.47, aggregate: -6.24, programme: -6.85, modifier: 1.1, organisation: -4.75, population: -4.68, impersonal: -1.04 },
}
