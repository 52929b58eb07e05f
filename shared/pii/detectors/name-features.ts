/**
 * The name model's features, in the order of its weights (data/name-weights.ts, fitted by
 * scripts/pii-fit-name-model.ts), and the score a reading's features give.
 */
import { nameModelWeights } from '../data/name-weights'

export const FEATURES = [
  'bias',
  'surname odds',
  'compound surname',
  'given 1 odds',
  'given 2 odds',
  'two given characters',
  'surname+given is a word',
  'given pair is a word',
  'word across the end',
  'word after the end',
  'word across the start',
  'reading is a word',
  'place or idiom',
  'role word before',
  'verb before',
  'boundary before',
  '、 before',
  'other character before',
  'verb after',
  'organisation or place word after',
  'boundary after',
  '、 after',
  'other character after',
  'space-padded',
  'curated given character 1',
  'curated given character 2',
  'name-ending character inside',
  'place suffix after',
  'list neighbour is no name',
  'in quotation marks',
  'organisation name runs on',
  'role word before, boundary after',
  'rare surname',
  'starts with a listed non-name word',
  'role-word ending before',
  'role word before, verb after',
  'role word before, reading is a word',
  'medicine, food or animal word',
  'list neighbour is a medicine, food or animal word',
  'in a list of things (…等药物)',
  'unit word before',
  'characters before, as names have them',
  'characters after, as names have them',
] as const
export const FEATURE_COUNT = FEATURES.length

/** One candidate reading: its span, features and the cue words seen (for the explanation). */
export type NameReading = { start: number; end: number; features: Float64Array; before: string; after: string; surnameLen: number; /** the cue before is an office's unit word (康复部, 磨滩村) */ unitBefore: boolean }

/** the fitted weights, one per feature */
export const WEIGHTS = Float64Array.from({ length: FEATURE_COUNT }, (_, j) => nameModelWeights[j] ?? 0)

export function nameScore(f: Float64Array, w: ArrayLike<number> = WEIGHTS): number {
  let z = 0
  for (let i = 0; i < FEATURE_COUNT; i++) z += (w[i] ?? 0) * (f[i] ?? 0)
  return 1 / (1 + Math.exp(-z))
}
