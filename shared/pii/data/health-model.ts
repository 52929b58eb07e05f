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
  bias: { none: -10, disease: 1.04, generic: -3.44, symptom: -2.75, treatment: -2.36, result: 5.67, labValue: 3.83, procedure: 3.4 },
  weights: { trigger: 3.9, label: 0.61, person: 1.61, documentPerson: 1.12, list: 2.86, aggregate: -6.53, programme: -7.14, modifier: 1.08, organisation: -5.54, population: -5.51, impersonal: -0.73 },
}
