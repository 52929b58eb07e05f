/**
 * An office's own address is not a person's (address.ts): the office named after the address (…路1号…人民政府) or
 * before it, an address label made the office's by the word before it (本机关地址, 照料中心地址：), and an office named
 * as the value of a personal label (联系地址：梨树县民政局，梨树镇…).
 */
import { after, labelEndBefore } from '../context'

/** an office's name right after the address: …路1号…人民政府 */
const ORG_AFTER = /^[\u4e00-\u9fff]{0,12}?(?:人民政府|政府|委员会|管委会|局|办公室|办事处|服务中心|中心|医院|卫生院|学校|小学|中学|大学|公司|派出所|法院|检察院|银行|支行|营业厅|大厦\d*楼|服务大厅|便民服务|红十字会|残联|市民之家|综合楼|办公楼)/
/** An office's own address in brackets after its name: 政务服务中心二楼医保窗口（思明区湖滨南路334号） */
const ORG_BEFORE = /(?:人民政府|政府|委员会|村委会|居委会|管委会|局|办公室|办事处|中心|窗口|大厅|医院|卫生院|卫生室|学校|公司|派出所|法院|银行|营业厅|服务站|站|残联|妇联|团委|工会|敬老院|养老院|福利院)(?:(?!报告?|发现|反映|核实|登记|接到|走访|调查|通报)[^，。；\n]){0,4}[（(，,]?$/
/** how an office's name ends, for the two patterns below */
const OFFICE_END = '人民政府|政府|局|办公室|办事处|中心|医院|卫生院|学校|委员会|村委会|居委会|残联|派出所|法院'
/** an office's name that is the whole value of an address label, before the address itself (梨树县民政局，) */
const ORG_IS_VALUE = new RegExp(`^[\\s：:]*[\\u4e00-\\u9fff]{2,14}(?:${OFFICE_END})[，,\\s（(]+$`)
/** the value runs on into an office's name that ends it (联系地址：梨树县|民政局，): the place is the office's */
const ORG_VALUE_AFTER = new RegExp(`^[\\u4e00-\\u9fff]{0,8}?(?:${OFFICE_END})(?=[，,。；;\\s（(]|$)`)

/** 本机关地址, 我局地址, 机关住所: an address label made the office's own by the word before it. */
const OFFICE_QUALIFIER = /(?:(?:本|我)(?:机关|单位|部门|局|院|委|厅|办|所|站|中心|公司)|机关|单位|办公|办事|受理|中心|医院|卫生院|政府|村委会|居委会|残联|服务站|敬老院|养老院|派出所|社区|大队|中队|[股科])$/
/**
 * 请向县医保局待遇保障股反映（地址：…）, 县人民医院，住所地…: the label follows an office named right before it, to
 * which one turns or whose seat it gives (a company's or a hospital's 住所地, as a judgment writes it).
 */
const OFFICE_BEFORE_LABEL = /(?:(?:局|股|科|中心|办公室|窗口|服务站|残联)(?:反映|咨询|联系|办理|申请|申报|提出)?|(?:有限公司|有限责任公司|公司|医院|卫生院|诊所|合作社|中心|委员会|商行|门诊部|药店|工厂|厂|酒店|超市)[，,]?)[（(]?$/
/** labels an office's seat takes as well as a person's home: 住所地 (a legal person's), 地址, 联系地址 */
const SHARED_LABEL = /^(?:住所地?|地址|联系地址|通讯地址)$/

export function officeQualified(text: string, valueStart: number, label: string): boolean {
  const labelStart = labelEndBefore(text, valueStart, 10) - label.length
  if (OFFICE_QUALIFIER.test(text.slice(Math.max(0, labelStart - 4), labelStart))) return true
  return SHARED_LABEL.test(label) && OFFICE_BEFORE_LABEL.test(text.slice(Math.max(0, labelStart - 12), labelStart))
}

/** a label a person's home takes and an office's seat may (地址, 联系地址, 住所地): an office named after the value ends it */
export function sharedLabel(label: string): boolean {
  return SHARED_LABEL.test(label)
}

/** an office's name follows the address (…路1号…人民政府) */
export function officeAfter(text: string, end: number): boolean {
  return ORG_AFTER.test(after(text, end, 20))
}

/** an office's name stands right before the address, or it opens the office's bracket */
export function officeBefore(text: string, start: number): boolean {
  return ORG_BEFORE.test(text.slice(Math.max(0, start - 16), start))
}

/** 联系地址：梨树县民政局，梨树镇…: an office named as a label's value, then its address (or the value runs into the office's name) */
export function officeNamedAsValue(text: string, start: number, end: number): boolean {
  return ORG_IS_VALUE.test(text.slice(labelEndBefore(text, start, 10), start)) || ORG_VALUE_AFTER.test(after(text, end, 20))
}
