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
  bias: { none: -10, disease: 1.37, generic: -3.27, symptom: -2.37, treatment: -1.98, result: 5.64, labValue: 3.81, procedure: 3.37 },
  weights: { trigger: 3.82, label: 0.6, person: 1.26, documentPerson: 0.82, list: 2.9, aggregate: -6.63, programme: -7.12, modifier: 1.11, organisation: -5.6, population: -5.5, impersonal: -0.53 },
}
