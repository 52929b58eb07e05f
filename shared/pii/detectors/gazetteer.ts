/** Runtime view of the shipped gazetteer: O(1) look-ups of 省/市/区县 names ending at a position. */
import { provinceNamesPacked, cityNamesPacked, districtNamesPacked } from '../data/gazetteer'
import { CodeSet } from '../int-tables'

export type AdminLevel = 'province' | 'city' | 'district'

let names: Map<string, AdminLevel> | null = null
/** the names again, by a hash of their char codes, so a look-up needs no substring */
let byHash: Map<number, { name: string; level: AdminLevel }[]> | null = null
/** name lengths by last two characters and by first character: only plausible lengths are sliced */
let lensByTail: Map<number, number[]> | null = null
let lensByFirst: Map<number, number[]> | null = null

function addLen(m: Map<number, number[]>, key: number, len: number): void {
  const l = m.get(key)
  if (!l) m.set(key, [len])
  else if (!l.includes(len)) {
    l.push(len)
    l.sort((a, b) => b - a)
  }
}

/** Two characters as one small integer (collisions only cost an extra, verified, look-up). */
function pairKey(a: number, b: number): number {
  return ((a << 14) ^ b) & 0x3fffffff
}

/** FNV-style hash of text[s, e). */
function hashRange(text: string, s: number, e: number): number {
  let h = 0x811c9dc5
  for (let i = s; i < e; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** The level of the gazetteer name spelled by text[s, e), or undefined. */
function lookup(text: string, s: number, e: number): AdminLevel | undefined {
  const bucket = byHash!.get(hashRange(text, s, e))
  if (!bucket) return undefined
  for (let k = 0; k < bucket.length; k++) {
    const { name, level } = bucket[k]
    if (name.length === e - s && text.startsWith(name, s)) return level
  }
  return undefined
}

function load(): void {
  names = new Map()
  byHash = new Map()
  lensByTail = new Map()
  lensByFirst = new Map()
  const add = (packed: string, level: AdminLevel): void => {
    for (const n of packed.split('|')) {
      if (n.length < 2) continue
      if (!names!.has(n)) names!.set(n, level)
      const tail = pairKey(n.charCodeAt(n.length - 2), n.charCodeAt(n.length - 1))
      addLen(lensByTail!, tail, n.length)
      addLen(lensByFirst!, n.charCodeAt(0), n.length)
    }
  }
  add(provinceNamesPacked, 'province')
  add(cityNamesPacked, 'city')
  add(districtNamesPacked, 'district')
  for (const [name, level] of names) {
    const h = hashRange(name, 0, name.length)
    const bucket = byHash.get(h) ?? []
    bucket.push({ name, level })
    byHash.set(h, bucket)
  }
}

const SUFFIX_CHARS = new CodeSet('省市区县旗州盟')

/** Admin-unit suffix characters that can end a gazetteer name. */
export const ADMIN_SUFFIX = /[省市区县旗州盟]/g

/** Start of the longest gazetteer name ending exactly at `end` (exclusive), or -1. */
export function adminEndingAt(text: string, end: number, minStart = 0): number {
  if (!names) load()
  if (end < 2) return -1
  const lens = lensByTail!.get(pairKey(text.charCodeAt(end - 2), text.charCodeAt(end - 1)))
  if (!lens) return -1
  for (const len of lens) {
    if (len > end - minStart) continue
    if (lookup(text, end - len, end)) return end - len
  }
  return -1
}

export const ADMIN_LEVELS: readonly AdminLevel[] = ['province', 'city', 'district']

/**
 * The longest gazetteer name starting exactly at `start`, as end * 4 + its level's index in
 * ADMIN_LEVELS (a number, not an object: this runs at every step of every address), or -1.
 */
export function adminStartingAt(text: string, start: number): number {
  if (!names) load()
  const lens = lensByFirst!.get(text.charCodeAt(start))
  if (!lens) return -1
  for (const len of lens) {
    if (start + len > text.length || !SUFFIX_CHARS.has(text.charCodeAt(start + len - 1))) continue
    const level = lookup(text, start, start + len)
    if (level) return (start + len) * 4 + ADMIN_LEVELS.indexOf(level)
  }
  return -1
}
