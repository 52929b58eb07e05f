/** The word lists scanned in the shared one-pass lexicon index. */
import { compileLexicons, findHits, type Hits, type RunSink } from './lexicon-index'
import { labels, nameLabels, nameTitles, roleNameLabels } from './data/labels'
import { healthLexicon } from './data/health-lexicon'
import { confidentialMarkers } from './data/confidential-lexicon'
import { thuoclConditions } from './data/health-terms'

const SPEC = {
  nameLabel: [...new Set([...nameLabels, ...roleNameLabels])],
  nameTitle: nameTitles,
  disease: [...healthLexicon.diseases, ...thuoclConditions, ...healthLexicon.generic],
  nonCondition: healthLexicon.nonConditions,
  symptom: healthLexicon.symptoms,
  treatment: healthLexicon.treatments,
  revealing: healthLexicon.revealing,
  healthLead: healthLexicon.clauseLeads,
  healthField: healthLexicon.fieldLabels,
  healthVerb: [...new Set([...healthLexicon.medicationVerbs, ...healthLexicon.conditionVerbs])],
  drugForm: healthLexicon.drugForms,
  drugStem: healthLexicon.drugStems,
  labName: healthLexicon.labNames,
  organ: healthLexicon.organs,
  // 修补术 is written 修补手术 as often: each operation's name in both forms
  procedure: [...healthLexicon.procedures, ...healthLexicon.procedures.map((w) => w.replace(/术$/, '手术'))],
  pregnancy: healthLexicon.pregnancy,
  mental: healthLexicon.mental,
  minors: healthLexicon.minors,
  confidential: confidentialMarkers,
  addressLabel: labels.address,
  dobLabel: labels.dob,
}

export type LexiconKey = keyof typeof SPEC
export type LexiconHits = Record<LexiconKey, Hits>

let index: ReturnType<typeof compileLexicons<LexiconKey>> | null = null

/** Every word-list hit; `onRun` also sees each Latin-alphanumeric run on the way (one pass for both). */
export function lexiconHits(text: string, onRun?: RunSink): LexiconHits {
  index ??= compileLexicons<LexiconKey>(SPEC)
  return findHits(text, index, onRun)
}
