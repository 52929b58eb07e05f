/**
 * The name model's lookup tables, built once from the data files: surname and given-character odds,
 * ordinary words by frequency band, places, idioms, prefecture names, cue words and character classes.
 */
import { givenOddsChars, givenOddsValues, surnameOddsKeys, surnameOddsValues, wordBands, surnamePlaces, surnameIdioms, givenPairWords, nameLikeWords } from '../data/name-stats'
import { nameCues, traditionalPairs } from '../data/name-cues'
import { givenNameChars } from '../data/given-name-chars'
import { nameEndChars, maskChars, placeSuffixChars, nonNameWords } from '../data/name-lexicon'
import { commonSurnames, rareSurnames } from '../data/surnames'
import { cityNamesPacked } from '../data/gazetteer'
import { nameThingWords } from '../data/name-things'
import { nameContextAfter, nameContextAfter2, nameContextBefore, nameContextBefore2 } from '../data/name-context'
import { IntMap, IntPairMap } from '../int-tables'

// keys of CJK pairs stay small integers (typed hash tables, int-tables.ts, take them); -1 for anything
// else, never a key
export const CJK_SPAN = 0xa000 - 0x4e00
export const pairKey = (a: number, b: number): number => (a >= 0x4e00 && a < 0xa000 && b >= 0x4e00 && b < 0xa000 ? (a - 0x4e00) * CJK_SPAN + (b - 0x4e00) : -1)
/** three characters: the first two's key and the third's code */
export type Triples = IntPairMap
export function tripleGet(m: Triples, a: number, b: number, c: number): number {
  return m.get(pairKey(a, b), c, 0)
}
/** the key of a word's two characters at `i` (a data word: CJK only, never -1) */
function wordKey(w: string, i: number): number {
  const k = pairKey(w.charCodeAt(i), w.charCodeAt(i + 1))
  if (k < 0) throw new Error(`name tables: ${w} is not CJK`)
  return k
}
function triples(words: readonly string[], value: (w: string) => number): Triples {
  const m = new IntPairMap(words.length)
  for (const w of words) m.set(wordKey(w, 0), w.charCodeAt(2), value(w))
  return m
}
function pairSet(words: readonly string[], at: (w: string) => number = () => 0): IntMap {
  const m = new IntMap(words.length)
  for (const w of words) m.set(wordKey(w, at(w)), 1)
  return m
}

/**
 * Cue words by the key of their first (or last) two characters, one-character cues by their character:
 * the same answers as a Map from those keys (one-character cues under the negated code) to the words,
 * longest first.
 */
export class CueIndex {
  private readonly lists: string[][] = [[]]
  private readonly pairs: IntMap
  private readonly single = new Int32Array(65536)

  constructor(words: readonly string[], fromEnd: boolean) {
    const byKey = new Map<number, string[]>()
    for (const w of [...words].sort((a, b) => b.length - a.length)) {
      const k = w.length === 1 ? -w.charCodeAt(0) - 1 : wordKey(w, fromEnd ? w.length - 2 : 0)
      const list = byKey.get(k)
      if (list) list.push(w)
      else byKey.set(k, [w])
    }
    this.pairs = new IntMap(byKey.size)
    for (const [k, list] of byKey) {
      this.lists.push(list)
      if (k >= 0) this.pairs.set(k, this.lists.length - 1)
      else this.single[-k - 1] = this.lists.length - 1
    }
  }

  /** the words of two or more characters whose first (or last) two characters have `key`, longest first */
  pairList(key: number): string[] | undefined {
    const i = this.pairs.get(key, 0)
    return i === 0 ? undefined : this.lists[i]
  }

  /** the one-character cue `code` is ('' if none; NaN past the text's ends) */
  one(code: number): string {
    const i = code >= 0 ? this.single[code] : 0
    return i === 0 ? '' : this.lists[i][0]
  }
}

export type Tables = {
  given: Int8Array
  surname: Int16Array
  /** compound surname (its two characters' key) → its odds */
  compound: IntMap
  compoundFirst: Uint8Array
  /** 1 for a CJK character a reading may start at: a single surname or a compound's first character */
  surnameStart: Uint8Array
  /** a two-character word's key → its frequency band (1…), 0 for none */
  word2: IntMap
  word3: Triples
  givenPair: IntMap
  /** two-character strings written both as a name and as a word (高峰, 文明, 黎明) */
  nameLike: IntMap
  place: IntMap
  place3: Triples
  /** four-character idioms: the keys of their first and last two characters */
  idiom: IntPairMap
  idiomFirst: Uint8Array
  flags: Uint8Array
  before: CueIndex
  beforeVerb: CueIndex
  after: CueIndex
  afterOrg: CueIndex
  /** prefecture-level cities' names without 市 (吴忠, 石嘴山): a place */
  city: IntMap
  city3: Triples
  /** 1 for the rare surnames of surnames.ts (綦, 纳, 寸): read only where the context opens a name */
  rare: Uint8Array
  /** medicines, herbs, foods and animals a surname could start (华法林, 杜仲): data/name-things.ts */
  things: Set<string>
  /** the first two and the last two characters of those words, as pair keys: a cheap test before a look-up */
  thingStart: IntMap
  thingEnd: IntMap
  /** how much likelier a name than any other reading is with this character right before it, right after it (tenths of a log-odds) */
  contextBefore: Int8Array
  contextAfter: Int8Array
  /** the same for the two characters right before, right after (the first character's code, the second's) */
  contextBefore2: IntPairMap
  contextAfter2: IntPairMap
}

export const NON_NAME_PAIRS = pairSet(nonNameWords.filter((w) => w.length === 2))
export const NOT_SURNAME = -32768
export const JIA = 0x5bb6 // 家
const UNKNOWN_GIVEN = -40
/** given odds (tenths) at or below which a character never starts a given name in the name model's readings */
export const GIVEN_CUT = -25
export const F_CURATED = 1
export const F_END = 2
export const F_MASK = 4
export const F_PLACE = 8
export const F_BOUND = 16
/** 村镇乡县市区省街路巷: right after a reading, or as its last character, it is a place (李庄镇, 江山市) */
export const F_ADMIN = 32
/** characters that end a role or occupation word (监测员, 楼道长, 维修工, 经营者): a name may follow */
export const F_ROLE_END = 64
const ROLE_ENDINGS = '员长工师者士生手官匠'
/** the last characters of role words that are never a name's last character */
export const ROLE_WORD_LAST = new Uint8Array(65536)
for (const c of '员长师者官匠') ROLE_WORD_LAST[c.charCodeAt(0)] = 1

let tables: Tables | null = null

function build(): Tables {
  const given = new Int8Array(65536).fill(UNKNOWN_GIVEN)
  for (let i = 0; i < givenOddsChars.length; i++) given[givenOddsChars.charCodeAt(i)] = Math.max(-80, Math.min(80, givenOddsValues[i] ?? 0))
  const surname = new Int16Array(65536).fill(NOT_SURNAME)
  const compound = new IntMap(surnameOddsKeys.split(' ').length)
  surnameOddsKeys.split(' ').forEach((s, i) => {
    const v = surnameOddsValues[i] ?? 0
    if (s.length === 1) surname[s.charCodeAt(0)] = v
    else if (s.length === 2) {
      // (NOT_SURNAME is what a look-up of a pair that is no compound surname answers)
      if (v === NOT_SURNAME) throw new Error(`name tables: odds of ${s}`)
      compound.set(wordKey(s, 0), v)
    }
  })
  const rare = new Uint8Array(65536)
  const common = new Set(commonSurnames)
  // a common surname the statistics have not seen yet (傅, listed after they were derived) counts as a
  // typical common one: the median odds of those they have
  const seen = [...common].map((ch) => surname[ch.charCodeAt(0)]).filter((v) => v !== NOT_SURNAME).sort((a, b) => a - b)
  const typical = seen[seen.length >> 1] ?? 0
  for (const ch of common) if (surname[ch.charCodeAt(0)] === NOT_SURNAME) surname[ch.charCodeAt(0)] = typical
  for (const ch of rareSurnames) {
    const c = ch.charCodeAt(0)
    if (ch.length !== 1 || c < 0x4e00 || common.has(ch)) continue
    // a listed surname the statistics have not seen yet counts as an even-odds one
    if (surname[c] === NOT_SURNAME) surname[c] = 0
    rare[c] = 1
  }
  const compoundFirst = new Uint8Array(65536)
  for (const k of surnameOddsKeys.split(' ')) if (k.length === 2) compoundFirst[k.charCodeAt(0)] = 1
  // (a word listed in several bands has the last one's, as Map.set would leave it)
  const bands = wordBands.map((band) => band.split(' '))
  const word2 = new IntMap(bands.reduce((n, b) => n + b.length, 0))
  for (let k = 0; k < bands.length; k++) for (const w of bands[k]) if (w.length === 2) word2.set(wordKey(w, 0), k + 1)
  const word3 = new IntPairMap(bands.reduce((n, b) => n + b.length, 0))
  for (let k = 0; k < bands.length; k++) for (const w of bands[k]) if (w.length === 3) word3.set(wordKey(w, 0), w.charCodeAt(2), k + 1)
  const givenPair = pairSet(givenPairWords.split(' '))
  const nameLike = pairSet(nameLikeWords.split(' '))
  const placeWords = surnamePlaces.split(' ')
  const place = pairSet(placeWords.filter((w) => w.length === 2))
  const place3 = triples(
    placeWords.filter((w) => w.length === 3),
    () => 1,
  )
  const idiomWords = surnameIdioms.split(' ').filter((w) => w.length === 4)
  const idiom = new IntPairMap(idiomWords.length)
  const idiomFirst = new Uint8Array(65536)
  for (const w of idiomWords) {
    idiom.set(wordKey(w, 0), wordKey(w, 2), 1)
    idiomFirst[w.charCodeAt(0)] = 1
  }
  const cities = cityNamesPacked
    .split('|')
    .filter((name) => name.endsWith('市'))
    .map((name) => name.slice(0, -1))
  const city = pairSet(cities.filter((w) => w.length === 2))
  const city3 = triples(
    cities.filter((w) => w.length === 3),
    () => 1,
  )
  const flags = new Uint8Array(65536)
  const mark = (chars: Iterable<string>, f: number): void => {
    for (const ch of chars) if (ch.length === 1) flags[ch.charCodeAt(0)] |= f
  }
  mark(givenNameChars, F_CURATED)
  // a curated given character the odds' sources hardly hold (栓, 根: the older rural generation's) is weighed by the
  // model, not cut before it: just above the cut (its odds stay a feature, as strongly against as the cut allows)
  for (const ch of givenNameChars) {
    const c = ch.charCodeAt(0)
    if (ch.length === 1 && given[c] <= GIVEN_CUT) given[c] = GIVEN_CUT + 1
  }
  mark(nameEndChars, F_END)
  mark(maskChars, F_MASK)
  mark(placeSuffixChars, F_PLACE)
  mark('村镇乡县市区省街路巷', F_ADMIN)
  mark(ROLE_ENDINGS, F_ROLE_END)
  mark('，。；：！？、,.;:!?（）()[]【】《》“”"\'‘’ \t\n\r—-/|', F_BOUND)
  // traditional forms read as their simplified ones (陳大文, 黃詠琪)
  for (const pair of traditionalPairs) {
    const tr = pair.charCodeAt(0)
    const si = pair.charCodeAt(1)
    if (tr === si) continue
    if (given[tr] === UNKNOWN_GIVEN) given[tr] = given[si]
    if (surname[tr] === NOT_SURNAME) surname[tr] = surname[si]
    flags[tr] |= flags[si]
  }
  const surnameStart = new Uint8Array(65536)
  for (let c = 0x4e00; c < 65536; c++) if (surname[c] !== NOT_SURNAME || compoundFirst[c]) surnameStart[c] = 1
  return {
    given,
    surname,
    compound,
    compoundFirst,
    surnameStart,
    word2,
    word3,
    givenPair,
    nameLike,
    place,
    place3,
    idiom,
    idiomFirst,
    flags,
    before: new CueIndex(nameCues.before, true),
    beforeVerb: new CueIndex(nameCues.beforeVerb, true),
    after: new CueIndex(nameCues.afterVerb, false),
    afterOrg: new CueIndex(nameCues.afterOrg, false),
    rare,
    things: new Set(nameThingWords.split(' ')),
    thingStart: pairSet(nameThingWords.split(' ')),
    thingEnd: pairSet(nameThingWords.split(' '), (w) => w.length - 2),
    city,
    city3,
    contextBefore: contextTable(nameContextBefore),
    contextAfter: contextTable(nameContextAfter),
    contextBefore2: contextPairs(nameContextBefore2),
    contextAfter2: contextPairs(nameContextAfter2),
  }
}

/** a packed table of two-character contexts: two characters per entry, then their values */
function contextPairs(packed: { chars: string; values: readonly number[] }): IntPairMap {
  const table = new IntPairMap(packed.values.length)
  for (let i = 0; i < packed.values.length; i++) table.set(packed.chars.charCodeAt(2 * i), packed.chars.charCodeAt(2 * i + 1), packed.values[i] ?? 0)
  return table
}

/** a packed context table (data/name-context.ts): characters, then their values, one per character */
function contextTable(packed: { chars: string; values: readonly number[] }): Int8Array {
  const table = new Int8Array(65536)
  for (let i = 0; i < packed.chars.length; i++) table[packed.chars.charCodeAt(i)] = packed.values[i] ?? 0
  return table
}

/** The tables, built on first use. */
export function getTables(): Tables {
  return (tables ??= build())
}

export function isCjk(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff
}
