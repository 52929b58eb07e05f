/**
 * Derives the name model's statistical tables (shared/pii/data/name-stats.ts) from permissively licensed
 * word lists; see shared/pii/data/SOURCES.md. The raw lists are not part of the repository:
 *   node --import tsx scripts/pii-build-name-stats.ts SRC_DIR
 * SRC_DIR holds jieba-dict-small.txt (jieba, MIT: "word freq POS"), THUOCL_lishimingren.txt,
 * THUOCL_diming.txt, THUOCL_chengyu.txt, THUOCL_medical.txt, THUOCL_food.txt and THUOCL_animal.txt
 * (THUOCL, MIT: "word<TAB>freq"). A jieba person-tagged entry that THUOCL lists as a medicine, food or
 * animal (利福平, 柴胡, 桂花) is counted as an ordinary word, not a name.
 *
 * Tables:
 *  - given-name odds: per character, log of (share among given-name characters of dictionary person
 *    names) over (share among characters of ordinary text, jieba word frequencies) — how much more often
 *    it is written in a name than in prose;
 *  - surname odds: the same for a name's first character;
 *  - words: ordinary (non-person) jieba words of 2–3 characters, by log10 frequency band — evidence
 *    against a name that would cut through one (高度, 周密, 任命, 王国; 明确 after 张伟);
 *  - places: THUOCL place names of 2–3 characters that start with a surname character (石家庄, 武胜);
 *  - idioms: THUOCL 成语 that contain a surname character (掌声雷鸣);
 *  - name-like words: two-character jieba entries tagged as a person name (nr) that are frequent there
 *    (≥ 50), led by a surname that also starts ordinary words (log odds < 4) and no historical person
 *    in THUOCL — strings written as a name and as a word (高峰, 文明, 黎明, 常青, 雷鸣): the model weighs
 *    them by context, and a document does not spread them where no context says "a person".
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { commonSurnames, compoundSurnames, rareSurnames } from '../shared/pii/data/surnames'

const src = process.argv[2]
if (!src) {
  console.error('usage: node --import tsx scripts/pii-build-name-stats.ts SRC_DIR (the folder with jieba-dict-small.txt and the THUOCL lists)')
  process.exit(2)
}
function read(file: string): string[] {
  const p = path.join(src ?? '', file)
  try {
    return readFileSync(p, 'utf8').replace(/^\ufeff/, '').split(/\r\n|\r|\n/).filter(Boolean)
  } catch (e) {
    console.error(`${p}: cannot read (${(e as Error).message})`)
    process.exit(1)
  }
}

const CJK = /^[\u4e00-\u9fff]+$/
const surnameSet = new Set([...commonSurnames, ...rareSurnames])
const compounds = new Set(compoundSurnames)
const surnameLen = (w: string): number => (compounds.has(w.slice(0, 2)) ? 2 : surnameSet.has(w[0] ?? '') ? 1 : 0)

const textCount = new Map<string, number>()
let textTotal = 0
const words = new Map<string, number>()
const names: string[] = []
/** THUOCL's medicines, foods and animals: jieba tags some of them as person names (利福平, 柴胡, 桂花) */
const things = new Set<string>()
for (const file of ['THUOCL_medical.txt', 'THUOCL_food.txt', 'THUOCL_animal.txt']) for (const line of read(file)) things.add(line.split('\t')[0]?.trim() ?? '')
/** jieba person-tagged entries and their frequencies */
const nrFreq = new Map<string, number>()
for (const line of read('jieba-dict-small.txt')) {
  const [w = '', f = '0', pos = ''] = line.split(' ')
  const freq = Number(f)
  if (!CJK.test(w) || !(freq > 0)) continue
  if ((pos === 'nr' || pos === 'nrt' || pos === 'nrfg') && !things.has(w)) {
    nrFreq.set(w, Math.max(nrFreq.get(w) ?? 0, freq))
    if (w.length >= 2 && w.length <= 4 && surnameLen(w) && w.length - surnameLen(w) <= 2) names.push(w)
    continue
  }
  for (const ch of w) {
    textCount.set(ch, (textCount.get(ch) ?? 0) + freq)
    textTotal += freq
  }
  if (w.length >= 2 && w.length <= 3) words.set(w, Math.max(words.get(w) ?? 0, freq))
}
const historical = new Set<string>()
for (const line of read('THUOCL_lishimingren.txt')) {
  const w = line.split('\t')[0]?.trim() ?? ''
  historical.add(w)
  if (CJK.test(w) && w.length >= 2 && w.length <= 4 && surnameLen(w) && w.length - surnameLen(w) <= 2) names.push(w)
}

/** two-character given names seen in the name lists: such a pair being a word (建国, 秀英) is no evidence against */
const givenPairs = new Set<string>()
const givenCount = new Map<string, number>()
const firstCount = new Map<string, number>()
let givenTotal = 0
let firstTotal = 0
for (const n of new Set(names)) {
  const sl = surnameLen(n)
  const first = n.slice(0, sl)
  firstCount.set(first, (firstCount.get(first) ?? 0) + 1)
  firstTotal++
  if (n.length - sl === 2) givenPairs.add(n.slice(sl))
  for (const ch of n.slice(sl)) {
    givenCount.set(ch, (givenCount.get(ch) ?? 0) + 1)
    givenTotal++
  }
}

const textShare = (ch: string): number => ((textCount.get(ch) ?? 0) + 1) / (textTotal + 1)
const clip = (x: number): number => Math.max(-8, Math.min(8, x))
/** one decimal place, as tenths */
const q = (x: number): number => Math.round(clip(x) * 10)

const givenChars = [...givenCount.keys()].filter((ch) => (givenCount.get(ch) ?? 0) >= 2).sort()
const givenOdds = givenChars.map((ch) => q(Math.log(((givenCount.get(ch) ?? 0) + 0.5) / givenTotal / textShare(ch))))
const surnameKeys = [...new Set([...commonSurnames, ...rareSurnames, ...compoundSurnames])].sort()
const surnameOdds = surnameKeys.map((s) => {
  const share = ((firstCount.get(s) ?? 0) + 0.5) / firstTotal
  const text = s.length === 2 ? Math.min(textShare(s[0] ?? ''), textShare(s[1] ?? '')) / 10 : textShare(s)
  return q(Math.log(share / text))
})

const startsWithSurname = (w: string): boolean => surnameSet.has(w[0] ?? '') || compounds.has(w.slice(0, 2))
const bands: string[][] = [[], [], [], [], []]
for (const [w, f] of words) {
  // two-character words of any kind (they may cross a name's end); three-character ones that start with a surname
  if (w.length === 3 && !startsWithSurname(w)) continue
  const band = Math.floor(Math.log10(f)) - 2
  if (band < 0) continue
  bands[Math.min(4, band)]?.push(w)
}
for (const b of bands) b.sort()

const places: string[] = []
for (const line of read('THUOCL_diming.txt')) {
  const [w = '', f = '0'] = line.split('\t').map((s) => s.trim())
  if (CJK.test(w) && w.length >= 2 && w.length <= 3 && startsWithSurname(w) && Number(f) >= 200 && !names.includes(w)) places.push(w)
}
const nameLikeWords: string[] = []
const oddsOf = new Map(surnameKeys.map((k, i) => [k, surnameOdds[i] ?? 0]))
// (a surname that prose seldom writes as a word's first character — 刘, 王, 张, odds ≥ 4 — makes it a name: 刘刚)
for (const [w, f] of nrFreq) if (w.length === 2 && startsWithSurname(w) && f >= 50 && (oddsOf.get(w[0] ?? '') ?? 99) < 40 && !historical.has(w)) nameLikeWords.push(w)
const idioms: string[] = []
for (const line of read('THUOCL_chengyu.txt')) {
  const [w = '', f = '0'] = line.split('\t').map((s) => s.trim())
  if (CJK.test(w) && w.length === 4 && [...w].some((ch) => surnameSet.has(ch)) && Number(f) >= 500) idioms.push(w)
}

const out = `/**
 * GENERATED by scripts/pii-build-name-stats.ts from jieba's dictionary and THUOCL's word lists (both MIT);
 * see SOURCES.md. Do not edit by hand.
 */
/** characters and their given-name log odds (name share over text share), in tenths */
export const givenOddsChars = '${givenChars.join('')}'
export const givenOddsValues: readonly number[] = [${givenOdds.join(',')}]
/** surnames (single and compound, space-separated) and their log odds as a name's start, in tenths */
export const surnameOddsKeys = '${surnameKeys.join(' ')}'
export const surnameOddsValues: readonly number[] = [${surnameOdds.join(',')}]
/** ordinary words by frequency band: band k holds words seen 10^(k+2)..10^(k+3) times (band 4: more) */
export const wordBands: readonly string[] = [
${bands.map((b) => `  '${b.join(' ')}',`).join('\n')}
]
/** two-character given names seen in the person-name lists that are also ordinary words */
export const givenPairWords = '${[...givenPairs].filter((p) => words.has(p)).sort().join(' ')}'
/** place names that start with a surname character */
export const surnamePlaces = '${places.sort().join(' ')}'
/** strings tagged as person names in jieba that are frequent there and no historical person: also words (高峰, 文明) */
export const nameLikeWords = '${nameLikeWords.sort().join(' ')}'
/** four-character idioms that contain a surname character */
export const surnameIdioms = '${idioms.sort().join(' ')}'
`
const target = path.resolve(import.meta.dirname, '..', 'shared', 'pii', 'data', 'name-stats.ts')
writeFileSync(target, out)
console.log(`${target}: ${givenChars.length} given-name characters, ${surnameKeys.length} surnames, ${bands.map((b) => b.length).join('/')} words by band, ${places.length} places, ${nameLikeWords.length} name-like words, ${idioms.length} idioms, ${Math.round(Buffer.byteLength(out) / 1024)} KB`)
