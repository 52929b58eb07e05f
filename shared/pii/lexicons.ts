/** The word lists scanned in the shared one-pass lexicon index. */
import { compileLexicons, findHits, type Hit } from './lexicon-index'
import { labels, nameLabels, nameTitles } from './data/labels'
import { healthLexicon } from './data/health-lexicon'
import { confidentialMarkers } from './data/confidential-lexicon'

const SPEC = {
  nameLabel: nameLabels,
  nameTitle: nameTitles,
  diagnosisVerb: healthLexicon.diagnosisVerbs,
  disease: healthLexicon.diseases,
  pregnancy: healthLexicon.pregnancy,
  mental: healthLexicon.mental,
  minors: healthLexicon.minors,
  confidential: confidentialMarkers,
  addressLabel: labels.address,
  dobLabel: labels.dob,
}

export type LexiconKey = keyof typeof SPEC
export type LexiconHits = Record<LexiconKey, Hit[]>

let index: ReturnType<typeof compileLexicons<LexiconKey>> | null = null

export function lexiconHits(text: string): LexiconHits {
  index ??= compileLexicons<LexiconKey>(SPEC)
  return findHits(text, index)
}
