/** What a table column holds, judged from its header cell (身份证号码 → idCard, 户主姓名 → name …). */
export type ColumnKind =
  | 'name'
  | 'idCard'
  | 'phone'
  | 'address'
  | 'bank'
  | 'dob'
  | 'email'
  | 'plate'
  | 'passport'
  | 'hkMacao'
  | 'taiwan'
  | 'uscc'
  | 'health'
  | 'ip'
  | 'numbering'

const RULES: readonly [ColumnKind, RegExp][] = [
  ['uscc', /信用代码|纳税人识别号/],
  // 外国人永久居留身份证 is a foreign resident's document, not a 居民身份证
  ['passport', /永久居留|永居证/],
  ['idCard', /身份证|身份号码|证件号|公民身份|残疾人证/],
  ['passport', /护照|居留许可|旅行证|签证号|passport/i],
  ['hkMacao', /港澳/],
  ['taiwan', /台胞|台湾/],
  ['dob', /出生|生日/],
  ['numbering', /编号|序号|准考证|考号|工单|订单|合同|项目|批次|流水|单号|案号|文号|邮编|邮政编码|代码|学号|工号|金额|成绩|分数|人口|日期|时间|年龄|票号/],
  ['phone', /电话|手机|联系方式|移动电话|固话|座机/],
  ['bank', /银行卡|卡号|账号|帐号|账户|帐户|存折|一卡通/],
  ['email', /邮箱|邮件|e-?mail/i],
  ['ip', /^ip|ip地址/i],
  ['plate', /车牌|号牌|车号/],
  ['address', /住址|(?<!单位|办公|办事)地址|住所|居住地|户籍地|现住|家庭住|所在地|户籍/],
  ['health', /病种|疾病|诊断|病情|残疾|健康状况|患病|病史|病名|病因|伤残|致贫原因|救助原因|困难原因|致困原因|体检结果/],
  [
    'name',
    // any role ending in 人 (承租人, 帮扶责任人, 代理人 …) names a person; so do the listed nouns
    /姓名|名字|^[\u4e00-\u9fff]{0,6}人$|^(?:户主|户名|开户名|车主|患者|丈夫|妻子|配偶|家属|业主|住户|房东|租户|考生|学生|儿童|老人|拟聘人员|拟录用人员|人员|成员|家庭成员|救助对象|保障对象)$/,
  ],
]

// a long text repeats the same few headers table after table
const cache = new Map<string, ColumnKind | null>()

/** A cell only a row of data holds — a sex, a date, a numbered item: 1.龙建华|男|1979年4月|… is no header. */
export const DATA_CELL = /^\s*(?:[男女]|\d{4}\s*[年.\-/]\s*\d{1,2}.*|\d{1,3}\s*[.、]\s*[\u4e00-\u9fff].*)\s*$/

export function columnKind(header: string): ColumnKind | null {
  let kind = cache.get(header)
  if (kind === undefined) {
    if (cache.size >= 4096) cache.clear()
    kind = kindOf(header)
    cache.set(header, kind)
  }
  return kind
}

function kindOf(header: string): ColumnKind | null {
  const h = header.replace(/[（(][^）)]*[）)]|[\s:：*]/g, '')
  if (h.length === 0 || h.length > 16) return null
  for (const [kind, re] of RULES) if (re.test(h)) return kind
  return null
}
