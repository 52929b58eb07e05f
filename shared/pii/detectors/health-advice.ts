/**
 * Public-health advice and hypotheticals: a condition inside "一旦误食出现呕吐、腹泻", "出现头晕、恶心等症状时",
 * "不可自行服用阿莫西林", "老年人和患有高血压、糖尿病…的人" or "宫颈癌和乳腺癌的早诊早治率" names what may happen
 * to anyone, a class of people or a rate — not someone's condition, even after a verb that would tie it to
 * someone (出现, 服用, 患有). Read from the clause around the condition; only where the sentence names nobody
 * and points at no particular person.
 */
import type { HealthEvidence } from '../data/health-model'

/** A hypothetical or an instruction opening the clause: 一旦…, 如出现…, 不可…, 切勿…, 防… */
const ADVICE_BEFORE = /(?:(?:常|多|可|一般|通常|主要|典型)表现为|(?:可|会|易|容易|可能|是)(?:引起|导致|造成|诱发|发展为)|只有|一旦|如果|假如|如若|若有|若出现|如有|如出现|如发现|如发生|不可|不要|切勿|勿|禁止|谨防|严防|防止|避免|不宜|以免|以防|(?:^|[、，])防)/
/** The clause closes as a condition of a hypothetical: …等症状时, …的人, 需要住院治疗的 */
const HYPOTHETICAL_TAIL = /(?:时|时候|的人)$|^的$|^时(?!间)|^等(?:情况|症状|表现|不适)[^，。；;\n]{0,4}(?:及时|立即|尽快|应|须|需)/
/** A class of people before the condition in its clause: 老年人、婴幼儿和患有… */
/** The clause closes on a class of people: …等基础疾病的人群 */
const CLASS_AFTER = /[的等][^，。；;\n]{0,8}(?:人群|群体|人员|老年人|儿童|孕妇)$/
const CLASS_BEFORE = /(?:老年人|婴幼儿|儿童|孕产妇|孕妇|妇女|学生|居民|群众|市民|职工)(?:[、和及与]|中|们|等|群体)|人群|部分|广大|各类/
/** A rate after the condition in its clause: …的早诊早治率, …患者规范管理率 */
const RATE_AFTER = /(?:诊|治|管理|控制|检出|发病|患病|死亡|筛查|知晓|接种|覆盖|达标|服药|就诊|治愈|康复)率/
/** Words that point at a particular person although no name is given. */
const PARTICULAR = /该(?:患者|患儿|生|名|户|同志|病例)|其[子女妻夫父母]|患儿|本人|[他她]|[0-9]+岁(?!以[上下]|及以[上下]|[至到~～-])|男，|女，|病例[0-9一二三四五六七八九十]/

const CLAUSE_BREAK = /[，。；;！？!?\n]/

/** The evidence that the condition at [start, end) is advice, a class or a rate; null when none. */
export function adviceEvidence(text: string, start: number, end: number, sentenceStart: number, sentenceEnd: number): HealthEvidence | null {
  let cs = start
  while (cs > sentenceStart && start - cs < 48 && !CLAUSE_BREAK.test(text[cs - 1])) cs--
  let ce = end
  while (ce < sentenceEnd && ce - end < 24 && !CLAUSE_BREAK.test(text[ce])) ce++
  const sentence = text.slice(sentenceStart, sentenceEnd)
  if (PARTICULAR.test(sentence)) return null
  const before = text.slice(cs, start)
  const after = text.slice(end, ce)
  if (RATE_AFTER.test(after)) return 'aggregate'
  if (ADVICE_BEFORE.test(before) || HYPOTHETICAL_TAIL.test(after)) return 'programme'
  if (CLASS_BEFORE.test(before) || CLASS_AFTER.test(after)) return 'population'
  return null
}
