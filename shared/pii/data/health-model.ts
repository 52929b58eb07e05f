/**
 * Weights of the HEALTH scorer (detectors/health.ts): a logistic model over the evidence that a
 * condition word is a particular person's condition. confidence = 1 / (1 + e^-z), z = the class's
 * bias + the weights of the evidence present. Fitted on the development notices
 * (test/fixtures/pii/prose-dev, public sample) by scripts/pii-fit-health.ts; never on the held-out set.
 */
/** `none`: a word that only looks like a condition (慢性病 holds 性病); it claims its place and is dropped */
export type HealthClass = 'none' | 'disease' | 'generic' | 'symptom' | 'treatment' | 'revealing' | 'result' | 'labValue' | 'procedure' | 'medication' | 'phrase' | 'sign' | 'score' | 'complaint'
export type HealthEvidence = 'trigger' | 'label' | 'person' | 'documentPerson' | 'list' | 'aggregate' | 'programme' | 'modifier' | 'organisation' | 'population' | 'impersonal' | 'nonHuman' | 'product' | 'subject'

export const healthModel: { bias: Record<HealthClass, number>; weights: Record<HealthEvidence, number> } = {
  bias: { none: -10, disease: 0.42, generic: -3.93, symptom: -3.07, treatment: -2.63, revealing: -1.5, result: 5.77, labValue: 3.42, procedure: 3.49, medication: -1.68, phrase: 0, sign: -1.17, score: 2.09, complaint: -0.52 },
  weights: { trigger: 3.62, label: 0.74, person: 2.35, documentPerson: 1.58, list: 1.38, aggregate: -5.61, programme: -6.82, modifier: 1, organisation: -4.12, population: -4.17, impersonal: -1.19, nonHuman: -8, product: -6, subject: 0.1 },
}
