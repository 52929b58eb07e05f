/**
 * The ruleset fingerprint: SHA-256 over every lexicon, data table and rule pattern that decides what is
 * found, in a fixed order. Two installations with the same hash detect the same things.
 */
import { areaCodesPacked } from './data/area-codes'
import { provinceNamesPacked, cityNamesPacked, districtNamesPacked } from './data/gazetteer'
import { telAreaCodesPacked } from './data/tel-area-codes'
import { commonSurnames, rareSurnames, compoundSurnames } from './data/surnames'
import { givenNameChars } from './data/given-name-chars'
import { nonNameWords, nameEndChars, maskChars, placeSuffixChars } from './data/name-lexicon'
import { labels, nameLabels, strongNameLabels, nameTitles } from './data/labels'
import { healthLexicon, personIndicators } from './data/health-lexicon'
import { thuoclConditions } from './data/health-terms'
import { healthModel } from './data/health-model'
import { tradSimpPacked } from './data/trad-simp'
import { mobileSegments } from './validators/prefixes'
import { engineVersion } from './engine-version'
import { sha256Hex } from './ruleset-hash'

function canonical(): string {
  return JSON.stringify([
    engineVersion,
    areaCodesPacked,
    provinceNamesPacked,
    cityNamesPacked,
    districtNamesPacked,
    telAreaCodesPacked,
    commonSurnames,
    rareSurnames,
    compoundSurnames,
    givenNameChars,
    nonNameWords,
    nameEndChars,
    maskChars,
    placeSuffixChars,
    labels,
    nameLabels,
    strongNameLabels,
    nameTitles,
    healthLexicon,
    thuoclConditions,
    healthModel,
    tradSimpPacked,
    personIndicators,
    mobileSegments,
  ])
}

let cached: string | null = null

export function computeRulesetHash(): string {
  cached ??= sha256Hex(canonical())
  return cached
}
