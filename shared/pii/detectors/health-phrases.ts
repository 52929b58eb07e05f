/**
 * Conditions read by their head noun rather than looked up: a symptom is a body part or function with a
 * symptom's ending (吞咽困难, 进食减少, 双下肢麻木), a measurement with a qualitative result (血压控制不佳,
 * 血糖偏高); and a labelled value runs on over the clauses that continue the same condition
 * (检查结果：左锁骨中段粉碎性骨折，断端移位约1.2厘米; 病情：尿毒症，长期透析).
 */
import { CONDITION_ENDING } from './health-grammar'
import { anyIn, firstChars } from './health-text'

/** Body parts and functions a symptom is said of. */
const SYMPTOM_STEM =
  '后脖子|脖子|后颈|胳膊|手臂|大腿|小腿|腿|身上|浑身|半身|指关节|手指关节|两眼|眼前|嘴唇|舌头|心口|屁股|肩膀|脚底|月经|记性|吃奶|奶量|手心|手掌|脚心|足底|肚子|中上腹|上腹|下腹|小腹|构音|口唇|握力|定向力|肌张力|痰|面色|脸色|乳房|乳腺|牙龈|牙齿|牙|胃部|胃|肝区|膝盖|膝关节|膝|脚踝|踝关节|手腕|脚趾|后背|嗓子|喉咙|口腔|面部|脸部|眼睑|声音|嗓音|吞咽|进食|饮食|食欲|食量|呼吸|排尿|排便|小便|大便|睡眠|入睡|行走|走路|站立|视力|视物|听力|记忆力|记忆|体重|心率|心跳|意识|言语|说话|语言|肢体|四肢|上肢|下肢|双下肢|双腿|腿部|腰部|腰|头部|头|胸口|胸部|胸|腹部|腹|关节|肌肉|皮肤|眼睛|眼部|耳朵|咽部|咽喉|全身|手脚|手指|双手|脚|颈部|肩部|背部|精神状态|精神|情绪'
/** A symptom's ending: what is wrong with the part or function. */
const SYMPTOM_HEAD = '发麻|发紧|发胀|发酸|发木|发抖|发黑|发花|发冷|发烫|发硬|发软|发沉|发干|发紫|发白|没劲|没力气|不利索|不听使唤|不灵活|越来越差|看不清|听不清|睡不着|吃不下|喘不上气|湿冷|上翻|绷直|刺痛|绞痛|隐痛|作痛|推迟|萎靡|急促|困难|减少|减退|下降|不佳|不良|异常|不适|疼痛|剧痛|酸痛|胀痛|痛|麻木|无力|肿胀|肿痛|红肿|加重|障碍|受限|不清|模糊|紊乱|不稳|不畅|不振|低落|失常|僵硬|抽搐|出血|溃烂|变形|嘶哑|斑疹|皮疹|红疹|丘疹|疱疹|丧失|抖动|震颤|含糊|发绀|带血|苍白|青紫|气促|胀|肿|痒|疼|抖'
/** 吞咽困难, 双下肢麻木, 头部疼痛加重, 右侧乳房胀痛: a side, then at most two characters between the part and the ending. */
export const SYMPTOM_PHRASE = new RegExp(`^(?:反复|持续|间断|明显|剧烈|夜间|午后|活动后)?(?:[左右双]侧?|两只|两条|一侧|半边|整个)?(?:${SYMPTOM_STEM})[\\u4e00-\\u9fff]{0,2}?(?:${SYMPTOM_HEAD})(?:加重|明显)?(?![\\u4e00-\\u9fff]?(?:的人|人群|患者|者|等症状))`)
/** The same, read where a clause starts (不能独坐，吞咽困难，…): the scorer then asks what ties it to someone. */
export const SYMPTOM_AT = new RegExp(SYMPTOM_PHRASE.source.slice(1), 'y')
/** Characters a symptom phrase can start with: a clause start is tried only where one stands. */
export const SYMPTOM_FIRST = firstChars([...SYMPTOM_STEM.split('|'), '反复', '持续', '间断', '明显', '剧烈', '夜间', '午后', '活动后', '左', '右', '双', '两', '一', '半', '整'])
/** A measurement's qualitative result after its name (血压控制不佳, 血糖偏高, 心率不齐). */
export const LAB_QUALITY = /^(?:一度|一直|持续|反复|明显)?(?:控制不佳|控制不良|控制差|控制不理想|长期偏高|持续偏高|偏高|偏低|升高|降低|增高|异常|波动大|不稳定|不齐|过高|过低)(?:(?:至|到|达)[0-9][0-9./]*\s*(?:mmHg|mmol\/L|℃|次\/分)?)?(?![的]?(?:人群|患者|者|人员|对象|比例|比率|率|人数|情况))/

/**
 * A faculty's decline with its degree (听力重度下降, 记忆力严重减退, 认知功能中度损害, 双耳听力下降, 视力下降明显):
 * the degree or the side makes it a particular person's state, not a topic (预防视力下降).
 */
/** and a degree of lost self-care from an assessment (重度失能, 中度失能) */
const FACULTY = '(?:听力|视力|记忆力|记忆|认知功能|认知能力|认知|智力|理解力|判断力|定向力|行走能力|自理能力|生活自理能力|运动功能|语言功能|言语功能|吞咽功能|肾功能|肝功能|心功能|肺功能)'
const DEGREE = '(?:明显|严重|重度|中度|轻度|极重度|显著|进行性|逐渐|高度)'
const DECLINE = '(?:下降|减退|损害|受损|丧失|障碍|减弱|衰退)'
export const IMPAIRMENT = new RegExp(`(?:双耳|双眼|左耳|右耳|左眼|右眼|单眼|单耳)${FACULTY}${DEGREE}?${DECLINE}(?:明显)?|${FACULTY}(?:${DEGREE}${DECLINE}|${DECLINE}(?:明显|严重))|${FACULTY}(?:极差|仅存光感)|(?:重度|中度|轻度|完全|部分)失能`, 'y')
/** the words an impairment starts with: a side, a faculty, a degree of lost self-care */
export const IMPAIRMENT_FIRST = ['双', '左', '右', '单', '重', '中', '轻', '完', '部', ...FACULTY.slice(3, -1).split('|')]

/** A clause that starts something else: a time, a place of care, an action, another subject, a new label. */
const CLAUSE_TURN = /^(?:于|经|到|送|在|已|现|予|给予|未|无|均|需|建议|按|请|目前|随后|后|遂|即|被|因|由|家属|其|他|她|患者|本人|系|为|致贫|[0-9]{4}年|[0-9]+月)|[：:]/
/** A measured size or displacement that describes the condition (断端移位约1.2厘米). */
const MEASURE = /[0-9](?:\.[0-9]+)?\s*(?:厘米|cm|毫米|mm|度|℃|分贝|dB)|视力[0-9]/
/** Words that carry a condition on into the next clause (长期透析, 伴发热, 断端移位). */
const CONTINUES = /断端|骨折端|嵌插|成角|透析|化疗|放疗|移位|伴|合并|并发|卧床|截肢|瘫|出血|感染|转移|复发|不能|失禁/

/**
 * Where a labelled value ends: past its own clause, over the next clauses while each holds a condition
 * (a known word inside it, a condition's or symptom's ending, a measurement) and starts nothing else.
 */
export function labelValueEnd(text: string, end: number, hasCondition: (s: number, e: number) => boolean, names: Int32Array): number {
  for (let round = 0; round < 3 && (text[end] === '，' || text[end] === ','); round++) {
    let e = end + 1
    while (e < text.length && e - end <= 22 && !'，,。；;\n\t'.includes(text[e])) e++
    const clause = text.slice(end + 1, e)
    if (clause.length < 2 || e - end > 22 || CLAUSE_TURN.test(clause) || anyIn(names, end + 1, e)) break
    const conditionLike = hasCondition(end + 1, e) || CONDITION_ENDING.test(clause) || SYMPTOM_PHRASE.test(clause) || MEASURE.test(clause) || CONTINUES.test(clause)
    if (!conditionLike) break
    end = e
  }
  return end
}

/** Leads of what someone says of their own or a relative's health: 自述, 主诉, 自诉; 反映, 据称 (其子反映母亲…双足麻木). */
const COMPLAINT = /(自述|主诉|自诉|据称|反映)([^。；;\n]*)$/
/** A new subject or a turn to what was done: the complaint has ended. */
const COMPLAINT_END = /[：:]|经|送|到|于|医生|家属|其[子女妻夫父母]|[他她]|建议|处理|诊断|检查|就诊|就医|治疗/
/** The lead of a complaint earlier in the same sentence (at most 40 characters back) that still runs at `pos`. */
export function complaintLead(text: string, pos: number): string | null {
  const m = COMPLAINT.exec(text.slice(Math.max(0, pos - 40), pos))
  if (!m || COMPLAINT_END.test(m[2] ?? '')) return null
  return m[1] ?? null
}
