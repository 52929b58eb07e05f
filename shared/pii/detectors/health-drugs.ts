/**
 * What a medicine looks like, for the verb-led readings (health-verb-led.ts): its dosage forms and name stems, where
 * its name stops and ends, its dose, the verbs whose object is one whatever its name, and what such a verb's object
 * is not (food, a time, an ordinary word).
 */
import { wordBand } from './name-context'
import { getTables } from './name-tables'

/**
 * What a medicine or a device looks like after a verb of taking or wearing it (服用多巴丝肼片, 吃呋塞米,
 * 佩戴胰岛素泵): a dosage form at its end, or a drug-name stem inside it (…西坦, …沙坦, …霉素, 胰岛素…).
 */
export const DRUG_FORM = /(?:片|胶囊|颗粒|丸|口服液|口服溶液|溶液|注射液|针剂|气雾剂|喷雾剂|吸入剂|滴眼液|滴剂|软膏|乳膏|贴剂|栓|泵|注射笔|起搏器|助听器|人工耳蜗|耳蜗|支架|假肢)$/
export const DRUG_STEM = /免疫球蛋白|球蛋白|头孢|昔芬|司琼|克莫司|奈德|福韦|卡韦|夫定|韦伦|昔布|替丁|格雷|西汀|曲林|氮平|肾上腺素|促红素|红细胞生成素|[^\s]素$|西坦|沙坦|普利|洛尔|地平|西林|霉素|沙星|他汀|双胍|格列|胰岛素|波糖|哌齐|噻|[^\s]唑|[^\s]酮|肼|利福|环素|地尔|卡因|洛芬|西泮|唑仑|[^\s]胺$|塞米|[^\s]碱$|酯$|钠$|钾$|维生素|激素|青霉素|拉唑|替尼|单抗|蝶呤|莫司|环孢素|凝血因子|青蒿|酰胺|[^\s]醇$|哌喹|芬太尼|吗啡|美沙酮|华法林|阿司匹林|硝酸甘油|地高辛|二甲双胍|氯氮平|奥氮平|利培酮|喹硫平|碳酸锂|丙戊酸|卡马西平|苯巴比妥|沙丁胺醇|布地奈德|泼尼松|甲泼尼龙|地塞米松|肝素|降压药|降糖药|抗癫痫药|抗抑郁药|抗精神病药|安眠药|止痛药|抗凝药|靶向药/
/** Another medicine right after one: 和/及/与/、 and its name, up to a bracket, a dose or the clause's end. */
export const JOINED_DRUG = /^(?:和|及|与|、|，)([\u4e00-\u9fffA-Za-z]{2,12}?)(?=[（(，,。；;、和及与\s0-9]|[一二三四五六两]联|$)/
/** How often, in a dose after a medicine: the dose is a prescription. */
export const REGIMEN = /每日|每天|一日|每晚|每周|每次|早晚各|每早/
/** a dose at the end of a medicine's words (艾司西酞普兰片10mg) */
export const TRAILING_DOSE = /[0-9.]+\s*(?:mg|g|μg|ug|ml|mL|IU|U|单位|毫克|克|毫升)$/
export const DOSE_IN_NAME = /[0-9.]+\s*(?:mg|g|μg|IU|U|单位|毫克)(?=[+＋、和与及])/g
/** Where a medicine's name stops, walking back from its dosage form. */
export const DRUG_NAME_STOP = /[的了着和及与或将把被是为在给用吃服予靠具方发买购使加注]/
/** Words before a medicine's name that are not part of it. */
export const DRUG_LEAD = /^(?:长期|每日|每天|平时|继续|改服|加服|口服|服用|注射用|注射|静滴|肌注|皮下|联合)+/
/** Not a medicine, whatever it looks like: food, drink, a meal. */
export const NOT_DRUG = /^(?:饭|早饭|午饭|晚饭|零食|东西|水|奶|大米|小米|玉米|米饭|亏|苦|药|药物|中药|饭菜|烟|酒)|(?:饭|菜|肉|鱼|水果|食物|食品|零食|午餐|早餐|晚餐)$/
/** Where the medicine's name ends: punctuation, a time, a purpose or a frequency. */
export const DRUG_END = /[，。；;：:\n\t？！“”"《》]|静滴|静推|雾化|肌注|(?<=.)口服|外用|治疗|控制|维持|每[日天周晚月]|[一二三四0-9]+[天日周次]|后|才|时|的|以|来|等|至今|期间|并|就|已|也|还|又|了|过|帮助|缓解|止|稳定|好转|改善|半年|多年|[0-9]{4}年|剂量|用量/
/** A dose after the medicine: 2.5mg每日一次, 每次1片, 每周7.5mg, 早晚各12单位. */
export const DOSE = /^\s*(?:[0-9.]+\s*(?:mg|g|ml|mL|μg|ug|IU|U|单位|毫克|克|毫升|片|粒|支|袋|喷)\s*)?(?:[，,]?\s*(?:每日|每天|一日|每晚|每周|每次|早晚各|每早)\s*[0-9一二三四两.]+\s*(?:次|片|粒|支|mg|毫克|g|克|单位|U|IU|ml|毫升))*/
/** Verbs whose object is a medicine, whatever its name (服用舍曲林, 注射亮丙瑞林). */
export const TAKING_VERBS = new Set(['服用', '口服', '改服', '加服', '注射', '皮下注射', '肌注', '肌内注射', '静脉注射', '静滴', '静脉滴注', '现用', '开了', '吃着', '服着', '改吃', '配了'])
/** What follows such a verb without naming a medicine: a time, an effect, a negation, water or food. */
export const NOT_A_NAME = /^[0-9一二三四五六七八九十两几半数多]|[可能会将把无不没未减轻好转天次周月年时后就才也都还再]|(?:开水|温水|凉水|牛奶|米汤|汤|方案|药物|药品)$/
/** a character that tells of a medicine inside a phrase (胰岛素, 中药, 眼药水, 降压针) */
const DRUG_CHAR = /[药素剂液片丸膏针霜栓散胶酊]/
/**
 * After a verb of taking (注射, 开了, 吃着), a phrase named nothing else is a medicine — unless it is an ordinary word
 * (注射|部位, 具备鞘内注射|资质) or opens with a frequent one (注射|位置偏内下), the verb said again (吃着吃着), or a
 * direction (开了|往外卖), with no character of a medicine in it.
 */
export function ordinaryWords(text: string, at: number, len: number): boolean {
  const phrase = text.slice(at, at + len)
  if (DRUG_CHAR.test(phrase)) return false
  if (/^[往向朝给]/.test(phrase) || text.slice(at - 2, at) === phrase.slice(0, 2)) return true
  const t = getTables()
  return (len === 2 && wordBand(t, text, at) >= 1) || (len >= 3 && wordBand(t, text, at) >= 2)
}
