/**
 * What belongs to a condition after its words: a value's sign or unit (尿蛋白3+, 发烧38.6℃) and a qualifier in brackets
 * (右乳浸润性导管癌（Ⅱ期）, 进行性肌营养不良（DMD）), read onto every HEALTH candidate once the detectors are done.
 */
import type { ScanContext } from '../scan-context'
import type { Candidate } from '../types'
import { AFTER_CONDITION } from './health-grammar'
import { anyIn, confirmedNameStarts } from './health-text'

const BRACKET_OPEN = new Set([0xff08, 0x28])
const sureNames = new WeakMap<ScanContext, Int32Array>()
const DATED = /[0-9]{4}年|[0-9]{1,2}月[0-9]{1,2}日|[0-9]{4}[-./][0-9]{1,2}/

/**
 * How many characters after a condition's words that end at `end` qualify it (AFTER_CONDITION: its stage, grade,
 * size, how often — 宫颈癌三期, 骨折（粉碎性）): not a bracket that names someone or gives a date (肺结核（张桂兰）,
 * 肺结核（2024年5月）), which is no part of it and which a name would then hide it behind.
 */
export function qualifierAfter(ctx: ScanContext, end: number): number {
  const tail = AFTER_CONDITION.exec(ctx.text.slice(end, end + 24))
  if (!tail || !tail[0]) return 0
  if (BRACKET_OPEN.has(tail[0].charCodeAt(0))) {
    if (DATED.test(tail[0])) return 0
    // (a name the detectors are sure of: a guess inside a word — 莫西林 of 阿莫西林 — names nobody)
    let names = sureNames.get(ctx)
    if (!names) sureNames.set(ctx, (names = confirmedNameStarts(ctx)))
    if (anyIn(names, end, end + tail[0].length)) return 0
  }
  return tail[0].length
}

/** a value's sign or unit after its figure: 尿蛋白3+, 尿蛋白3+++, 血氧88%, 发烧38.6℃, 烧到38.6度 */
const SIGN_AFTER = /^(?:[+＋]{1,3}|[%％‰]|℃|°C?|度(?=$|[，。；;、\s）)]))/
/** a qualifier in brackets right after a condition: （Ⅱ期）, （DMD）, （2型）, （长约4厘米）, （热原反应） */
const BRACKET_QUALIFIER = /^[（(]([^（）()\n，,。；;：:、“”]{1,14})[）)]/
const NOT_QUALIFIER = /[0-9]{5,}|[年月日号]|电话|身份|住|男|女|岁/
/**
 * Where a condition that ends at `end` ends with what belongs to it: a value's sign or unit, then a bracketed
 * qualifier (右乳浸润性导管癌（Ⅱ期）), unless `taken` (a name, a number) says the bracket is something else.
 */
function conditionTail(text: string, end: number, taken: (s: number, e: number) => boolean): number {
  const prev = text.charCodeAt(end - 1)
  const sign = SIGN_AFTER.exec(text.slice(end, end + 3))
  if (sign && ((prev >= 48 && prev <= 57) || prev === 43 || prev === 0xff0b)) end += sign[0].length
  const br = BRACKET_QUALIFIER.exec(text.slice(end, end + 17))
  if (br && !NOT_QUALIFIER.test(br[1] ?? '') && !taken(end, end + br[0].length)) end += br[0].length
  return end
}

/**
 * Every HEALTH candidate of the scan, ended where its tail does — but not over a bracket that holds a finding of its
 * own (听力残疾三级（双耳感音神经性聋） stays two, so neither hides the other).
 */
export function extendConditionTails(ctx: ScanContext): void {
  const text = ctx.text
  let reported: Candidate[] | null = null
  const taken = (a: number, b: number): boolean => {
    // (built once, and only where a bracket follows a condition: the candidates that could be reported, by start)
    reported ??= ctx.out.filter((c) => c.confidence >= 0.5).sort((x, y) => x.start - y.start)
    let lo = 0
    let hi = reported.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((reported[mid]?.start ?? 0) < b) lo = mid + 1
      else hi = mid
    }
    for (let i = lo - 1; i >= 0 && i >= lo - 64; i--) if ((reported[i]?.end ?? 0) > a) return true
    return false
  }
  // (every new end is worked out before any is set: two candidates ending at one place both take the same tail)
  const health = ctx.out.filter((c) => c.type === 'HEALTH')
  const ends = health.map((c) => conditionTail(text, c.end, taken))
  health.forEach((c, i) => {
    c.end = ends[i] ?? c.end
  })
}
