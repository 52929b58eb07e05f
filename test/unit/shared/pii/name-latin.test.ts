import { describe, expect, it } from 'vitest'
import { findings } from './helpers'

const names = (t: string): string[] => findings(t, 'PERSON_NAME').map((f) => f.text)

describe('romanised names in Chinese text', () => {
  it('reads a romanised name with its nationality beside it', () => {
    expect(names('女方Sophie Laurent为法国籍，现在县城经营花店。')).toEqual(['Sophie Laurent'])
    expect(names('三、外籍人员Jürgen WEISS（奥地利籍）')).toEqual(['Jürgen WEISS'])
    expect(findings('女方Sophie Laurent为法国籍。', 'PERSON_NAME')[0]?.reasons).toEqual(expect.arrayContaining(['romanised name before its nationality']))
  })
  it('reads a romanised name after a nationality and a role', () => {
    expect(names('另有越南籍务工人员NGUYEN VAN HUNG，已办理临时住宿登记。')).toEqual(['NGUYEN VAN HUNG'])
  })
  it('reads the romanised form in brackets after the Chinese name, and the Chinese name after 中文名', () => {
    expect(names('其母方秀云（FONG SAU WAN）现居香港。')).toEqual(expect.arrayContaining(['FONG SAU WAN']))
    expect(names('其丈夫郑伟（英文姓名ZHENG WEI）陪同。')).toEqual(expect.arrayContaining(['ZHENG WEI']))
    expect(names('Peter Novak（中文名林彼得）为捷克籍教师。')).toEqual(['Peter Novak', '林彼得'])
    expect(names('授予Sean O’Connor（中文名欧肖恩）荣誉市民称号。')).toEqual(expect.arrayContaining(['Sean O’Connor']))
  })
  it('does not read product or place names in brackets or beside a nationality word in a phrase', () => {
    expect(findings('各站点已安装办公软件（Microsoft Office）和杀毒软件。', 'PERSON_NAME')).toEqual([])
    expect(findings('会议采用Zoom Meeting（德国籍专家远程参加）。', 'PERSON_NAME')).toEqual([])
    expect(findings('引进Bosch Rexroth公司的德国籍工程师两名。', 'PERSON_NAME')).toEqual([])
  })

  it('reads a transliterated name before its sex, beside another in a 、-list, and the part after a dot', () => {
    expect(names('二、扶残助残类\n木呷伍各，女，彝族，1981年生。')).toEqual(['木呷伍各'])
    expect(findings('阿布都热合曼，男，肢体二级。', 'PERSON_NAME')[0]?.reasons).toEqual(['transliterated name starting 阿布都', 'transliterated name before its sex'])
    expect(names('邻居巴特尔、哈斯额尔敦两户已完成采样。')).toEqual(['巴特尔', '哈斯额尔敦'])
    expect(names('授予刘建军、阿依古丽·艾山、黄伟同志称号。')).toEqual(expect.arrayContaining(['阿依古丽·艾山']))
  })
  it('does not read 男女 in a phrase or an ordinary word before a sex as a name', () => {
    expect(findings('参加培训的人员中，男女比例各半。', 'PERSON_NAME')).toEqual([])
    expect(findings('培训对象：村干部，男女不限。', 'PERSON_NAME')).toEqual([])
  })
  it('reads a word that is also a name when it stands alone before its sex, and its later mentions', () => {
    const t = '现将情况通报如下。和平，男，纳西族，住古城区。2026年3月，和平将医保电子凭证借给他人。'
    expect(names(t)).toEqual(['和平', '和平'])
    expect(findings(t, 'PERSON_NAME')[0]?.reasons).toEqual(expect.arrayContaining(['a word that is also a name']))
    expect(findings('活动倡导和平，男女平等。早晚高峰，男女老少都出行。', 'PERSON_NAME')).toEqual([])
  })
})
