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
  ['idCard', /身份证|身份号码|证件号|公民身份|残疾人证/],
  ['passport', /护照/],
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
  ['health', /病种|疾病|诊断|病情|残疾|健康状况|患病|病史|病名|病因|伤残|致贫原因|体检结果/],
  [
    'name',
    /姓名|名字|^(?:户主|申请人|联系人|负责人|当事人|法定代表人|法人代表|户名|开户名|所有人|车主|驾驶人|患者|监护人|被处罚人|丈夫|妻子|配偶|家属|收款人|领款人|经办人|承办人|来电人|留言人|投诉人|举报人|业主|住户|考生|学生|儿童|老人|拟聘人员|拟录用人员|人员|成员|家庭成员|受助人|救助对象|保障对象)$/,
  ],
]

export function columnKind(header: string): ColumnKind | null {
  const h = header.replace(/[\s:：*（(][^）)]*[）)]|[\s:：*]/g, '')
  if (h.length === 0 || h.length > 16) return null
  for (const [kind, re] of RULES) if (re.test(h)) return kind
  return null
}
