/**
 * The condition tagger's runs made into spans (health-tagger.ts): cut where another finding stands, trimmed, read whole
 * over numbers and Latin words, snapped to whole words, and without thresholds, targets and normal findings.
 */
import { wordBand } from './name-context'
import { getTables } from './name-tables'

/** Each run cut where `taken` marks a character, trimmed, read whole over numbers, snapped to words, and filtered. */
export function cutAndTrim(text: string, runs: readonly number[], taken: Uint8Array): number[] {
  const out: number[] = []
  for (let k = 0; k < runs.length; k += 3) {
    const a = runs[k] ?? 0
    const b = runs[k + 1] ?? 0
    let s = a
    while (s < b) {
      while (s < b && (taken[s] || !isWordChar(text.charCodeAt(s)))) s++
      let e = s
      while (e < b && !taken[e]) e++
      let t = e
      while (t > s && !isWordChar(text.charCodeAt(t - 1))) t--
      // a number or a Latin word is read whole (1|40/90mmHg → 140/90mmHg), and Latin letters alone are no condition
      let u = s
      while (u > 0 && isAlnum(text.charCodeAt(u - 1)) && isAlnum(text.charCodeAt(u)) && !taken[u - 1]) u--
      while (t < text.length && isAlnum(text.charCodeAt(t - 1)) && isAlnum(text.charCodeAt(t)) && !taken[t]) t++
      if (t - u >= 2 && !latinOnly(text, u, t) && !afterComparison(text, u, t) && !NORMAL.test(text.slice(u, t))) out.push(...snapToWords(text, u, t, taken), runs[k + 2] ?? 0)
      s = Math.max(e, t)
    }
  }
  return out
}

/** A normal finding or a level of no risk (风险评估0级, 阴性): nothing to hide. */
const NORMAL = /^(?:[0０零]级|阴性|正常|未见异常|无异常|良好)$/

/** ≥140/90mmHg, 低于3.9mmol/L: a threshold, not anyone's measurement. */
function afterComparison(text: string, s: number, e: number): boolean {
  let i = s
  while (i > 0 && s - i < 16 && (isAlnum(text.charCodeAt(i - 1)) || text[i - 1] === '/' || text[i - 1] === ' ')) i--
  if (/(?:[≥≤><＞＜（(]|[超高低]于|不足|以上|以下|控制在|达到|限值|浓度为?|含量为?)$/.test(text.slice(Math.max(0, i - 3), i))) return true
  // 130/80mmHg以下, 7.0mmol/L为诊断标准: a limit, named after the figure
  if (isAlnum(text.charCodeAt(e - 1)) && /^(?:\/L)?(?:以下|以上|为(?:诊断)?标准|为限)/.test(text.slice(e, e + 8))) return true
  // 空腹血糖≥7.0mmol/L的: the measure a threshold is set on
  if (/^\s*[≥≤＞＜]/.test(text.slice(e, e + 2))) return true
  // 血压应控制在…: a target for a measure, not its value — after the run, or inside it (血压应控制在130, 控制在130)
  return /^(?:应|要|须|需)?(?:控制在|维持在|保持在|降至|降到)/.test(text.slice(e - 1, e + 4)) || /^(?:控制在|维持在|保持在)/.test(text.slice(e, e + 3)) || /(?:控制在|维持在|保持在|降至|降到)/.test(text.slice(s, e))
}

/**
 * A span that cuts a word in two takes the whole word (宫|颈锥切术 → 宫颈锥切术, 睡眠不|足 → 睡眠不足): a pair of
 * characters across an edge that is a word, where the pair just inside is none, moves the edge over it.
 */
function snapToWords(text: string, s: number, e: number, taken: Uint8Array): [number, number] {
  const words = getTables()
  let a = s
  let b = e
  if (a > 0 && !taken[a - 1] && isCjk(text.charCodeAt(a - 1)) && wordBand(words, text, a - 1) >= 1 && wordBand(words, text, a) < 1) a--
  if (b < text.length && !taken[b] && isCjk(text.charCodeAt(b)) && wordBand(words, text, b - 1) >= 1 && wordBand(words, text, b - 2) < 1) b++
  return [a, b]
}

function isCjk(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff
}

/** An ASCII letter or digit, or a decimal point. */
function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46
}

function latinOnly(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i)
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 32)) return false
  }
  return true
}

/** A letter, a digit or a CJK character. */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xff10 && c <= 0xff5a)
}
