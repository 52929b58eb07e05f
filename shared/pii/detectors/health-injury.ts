/**
 * Injuries written as a passive verb phrase: 右小腿被江底钢筋划伤, 被狗咬伤左小腿, 右手食指、中指被冲床压伤, 左手食指被压断.
 * The verb of harm ending in 伤 is the injury; a body part before 被 or right after the verb makes it a
 * person's wound rather than a report of an accident. A bare 被叉车挤伤 with no body part is left to what
 * follows it (…致右足第二跖骨骨折 is read as a caused condition).
 */
import { BODY, BODY_PHRASE } from './health-grammar'

/** 被 + who or what did it (at most 8 characters, no clause break) + a verb of harm + 伤, 断, 折 or a wound (左手食指被压断, 右手掌被钢管划开一道口子) */
const PASSIVE_INJURY = /被([^，。；;：:、\n\t（）()“”"]{0,8}?)[咬压砸划挤撞打刺割烫烧灼抓扎踢碾夹轧戳砍撕擦蹭蜇拱顶啄踩扭勒冻挠抵](?:伤|断|折|烂|破|裂|(?:开|破)了?[一两几]?[道个条]?(?:大|小|深)?口子)/g
/** A body part right after the verb: 咬伤左小腿, 抓伤面部 */
const BODY_AHEAD = new RegExp(`^(?:(?:中(?=指)|大(?=腿)|[上下左右双侧前后内外远近端部末节环拇食小及、0-9第])*[${BODY}]){1,6}[上下左右双侧前后远近端部末节体区]*`)
/** What cannot be in the agent: a person's action or a time (被告知, 被评为 are not harm). */
const NOT_AGENT = /[告评选认判称视列]|[0-9]/

/** The passive injury phrases in the text, each from its body part (or 被) to the end of the verb or the body part after it. */
export function passiveInjuries(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  if (!text.includes('被')) return out
  PASSIVE_INJURY.lastIndex = 0
  for (let m = PASSIVE_INJURY.exec(text); m; m = PASSIVE_INJURY.exec(text)) {
    if (NOT_AGENT.test(m[1] ?? '')) continue
    const end = m.index + m[0].length
    const before = BODY_PHRASE.exec(text.slice(Math.max(0, m.index - 12), m.index))
    const ahead = BODY_AHEAD.exec(text.slice(end, end + 12))
    if (!before?.[0] && !ahead?.[0]) continue
    out.push({ start: m.index - (before?.[0].length ?? 0), end: end + (ahead?.[0].length ?? 0) })
  }
  return out
}
