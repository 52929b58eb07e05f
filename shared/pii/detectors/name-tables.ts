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

// keys of CJK pairs stay small integers (a Map hashes those fastest); -1 for anything else, never a key
export const CJK_SPAN = 0xa000 - 0x4e00
export const pairKey = (a: number, b: number): number => (a >= 0x4e00 && a < 0xa000 && b >= 0x4e00 && b < 0xa000 ? (a - 0x4e00) * CJK_SPAN + (b - 0x4e00) : -1)
/** three characters: a Map from the first two's key to a Map from the third's code */
export type Triples = Map<number, Map<number, number>>
export function tripleGet(m: Triples, a: number, b: number, c: number): number {
  return m.get(pairKey(a, b))?.get(c) ?? 0
}
export function tripleSet(m: Triples, w: string, v: number): void {
  const k = pairKey(w.charCodeAt(0), w.charCodeAt(1))
  let inner = m.get(k)
  if (!inner) m.set(k, (inner = new Map<number, number>()))
  inner.set(w.charCodeAt(2), v)
}

export type Tables = {
  given: Int8Array
  surname: Int16Array
  compound: Map<number, number>
  compoundFirst: Uint8Array
  /** 1 for a CJK character a reading may start at: a single surname or a compound's first character */
  surnameStart: Uint8Array
  word2: Map<number, number>
  word3: Triples
  givenPair: Set<number>
  /** two-character strings written both as a name and as a word (高峰, 文明, 黎明) */
  nameLike: Set<number>
  place: Set<number>
  place3: Triples
  idiom: Map<number, Set<number>>
  idiomFirst: Uint8Array
  flags: Uint8Array
  before: Map<number, string[]>
  beforeVerb: Map<number, string[]>
  after: Map<number, string[]>
  afterOrg: Map<number, string[]>
  beforeReason: Map<string, string>
  /** prefecture-level cities' names without 市 (吴忠, 石嘴山): a place */
  city: Set<number>
  city3: Triples
  /** 1 for the rare surnames of surnames.ts (綦, 纳, 寸): read only where the context opens a name */
  rare: Uint8Array
  /** medicines, herbs, foods and animals a surname could start (华法林, 杜仲): data/name-things.ts */
  things: Set<string>
  /** the first two and the last two characters of those words, as pair keys: a cheap test before a look-up */
  thingStart: Set<number>
  thingEnd: Set<number>
}

export const NON_NAME_PAIRS = new Set(nonNameWords.filter((w) => w.length === 2).map((w) => pairKey(w.charCodeAt(0), w.charCodeAt(1))))
export const NOT_SURNAME = -32768
export const JIA = 0x5bb6 // 家
const UNKNOWN_GIVEN = -40
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

/** cue words by their first two characters (one-character cues by that character, negated) */
function byFirst(words: readonly string[]): Map<number, string[]> {
  const m = new Map<number, string[]>()
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const k = w.length === 1 ? -w.charCodeAt(0) : pairKey(w.charCodeAt(0), w.charCodeAt(1))
    const list = m.get(k)
    if (list) list.push(w)
    else m.set(k, [w])
  }
  return m
}
/** cue words by their last two characters (one-character cues by that character, negated) */
function byLast(words: readonly string[]): Map<number, string[]> {
  const m = new Map<number, string[]>()
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const k = w.length === 1 ? -w.charCodeAt(0) : pairKey(w.charCodeAt(w.length - 2), w.charCodeAt(w.length - 1))
    const list = m.get(k)
    if (list) list.push(w)
    else m.set(k, [w])
  }
  return m
}

function build(): Tables {
  const given = new Int8Array(65536).fill(UNKNOWN_GIVEN)
  for (let i = 0; i < givenOddsChars.length; i++) given[givenOddsChars.charCodeAt(i)] = Math.max(-80, Math.min(80, givenOddsValues[i] ?? 0))
  const surname = new Int16Array(65536).fill(NOT_SURNAME)
  const compound = new Map<number, number>()
  surnameOddsKeys.split(' ').forEach((s, i) => {
    const v = surnameOddsValues[i] ?? 0
    if (s.length === 1) surname[s.charCodeAt(0)] = v
    else if (s.length === 2) compound.set(pairKey(s.charCodeAt(0), s.charCodeAt(1)), v)
  })
  const rare = new Uint8Array(65536)
  const common = new Set(commonSurnames)
  for (const ch of rareSurnames) {
    const c = ch.charCodeAt(0)
    if (ch.length !== 1 || c < 0x4e00 || common.has(ch)) continue
    // a listed surname the statistics have not seen yet counts as an even-odds one
    if (surname[c] === NOT_SURNAME) surname[c] = 0
    rare[c] = 1
  }
  const compoundFirst = new Uint8Array(65536)
  for (const k of surnameOddsKeys.split(' ')) if (k.length === 2) compoundFirst[k.charCodeAt(0)] = 1
  const word2 = new Map<number, number>()
  const word3: Triples = new Map()
  wordBands.forEach((band, k) => {
    for (const w of band.split(' ')) {
      if (w.length === 2) word2.set(pairKey(w.charCodeAt(0), w.charCodeAt(1)), k + 1)
      else if (w.length === 3) tripleSet(word3, w, k + 1)
    }
  })
  const givenPair = new Set<number>(givenPairWords.split(' ').map((w) => pairKey(w.charCodeAt(0), w.charCodeAt(1))))
  const nameLike = new Set<number>(nameLikeWords.split(' ').map((w) => pairKey(w.charCodeAt(0), w.charCodeAt(1))))
  const place = new Set<number>()
  const place3: Triples = new Map()
  for (const w of surnamePlaces.split(' ')) {
    if (w.length === 2) place.add(pairKey(w.charCodeAt(0), w.charCodeAt(1)))
    else if (w.length === 3) tripleSet(place3, w, 1)
  }
  const idiom = new Map<number, Set<number>>()
  const idiomFirst = new Uint8Array(65536)
  for (const w of surnameIdioms.split(' ')) {
    if (w.length !== 4) continue
    const k = pairKey(w.charCodeAt(0), w.charCodeAt(1))
    let set = idiom.get(k)
    if (!set) idiom.set(k, (set = new Set()))
    set.add(pairKey(w.charCodeAt(2), w.charCodeAt(3)))
    idiomFirst[w.charCodeAt(0)] = 1
  }
  const city = new Set<number>()
  const city3: Triples = new Map()
  for (const name of cityNamesPacked.split('|')) {
    if (!name.endsWith('市')) continue
    const w = name.slice(0, -1)
    if (w.length === 2) city.add(pairKey(w.charCodeAt(0), w.charCodeAt(1)))
    else if (w.length === 3) tripleSet(city3, w, 1)
  }
  const flags = new Uint8Array(65536)
  const mark = (chars: Iterable<string>, f: number): void => {
    for (const ch of chars) if (ch.length === 1) flags[ch.charCodeAt(0)] |= f
  }
  mark(givenNameChars, F_CURATED)
  mark(nameEndChars, F_END)
  mark(maskChars, F_MASK)
  mark(placeSuffixChars, F_PLACE)
  mark('村镇乡县市区省街路巷', F_ADMIN)
  mark(ROLE_ENDINGS, F_ROLE_END)
  mark('，。；：！？、,.;:!?（）()[]【】《》“”"\'‘’ \t\n\r—-/|', F_BOUND)
  const beforeReason = new Map<string, string>()
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
    before: byLast(nameCues.before),
    beforeVerb: byLast(nameCues.beforeVerb),
    after: byFirst(nameCues.afterVerb),
    afterOrg: byFirst(nameCues.afterOrg),
    beforeReason,
    rare,
    things: new Set(nameThingWords.split(' ')),
    thingStart: new Set(nameThingWords.split(' ').map((w) => pairKey(w.charCodeAt(0), w.charCodeAt(1)))),
    thingEnd: new Set(nameThingWords.split(' ').map((w) => pairKey(w.charCodeAt(w.length - 2), w.charCodeAt(w.length - 1)))),
    city,
    city3,
  }
}

/** The tables, built on first use. */
export function getTables(): Tables {
  return (tables ??= build())
}

export function isCjk(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff
}
