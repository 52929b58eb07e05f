import { describe, expect, it } from 'vitest'
import { findings, texts } from './helpers'

describe('ADDRESS', () => {
  it('reads a personal address from the province down to the room', () => {
    const a = '福建省厦门市思明区朝阳路398号锦绣华庭9幢1单元2804室'
    expect(texts(`住${a}，工作单位为某物流公司。`, 'ADDRESS')).toEqual([a])
    const [f] = findings(`家庭住址：${a}`, 'ADDRESS')
    expect(f?.reasons).toEqual(expect.arrayContaining(['label 家庭住址']))
  })
  it('reads rural addresses with towns, villages and groups', () => {
    expect(texts('住所：长春市南关区横港街道东山村61号', 'ADDRESS')).toEqual(['长春市南关区横港街道东山村61号'])
    expect(texts('河南省郑州市金水区白马镇柳林村3组55号。', 'ADDRESS')).toEqual(['河南省郑州市金水区白马镇柳林村3组55号'])
  })
  it('reads an estate with no suffix from the building number that follows it', () => {
    expect(texts('住江西省南昌市东湖区中山路97号书香门第39幢406室。', 'ADDRESS')).toEqual(['江西省南昌市东湖区中山路97号书香门第39幢406室'])
  })
  it('reads an address without an administrative prefix after a label or from a road and number', () => {
    expect(texts('住所：和平路398号和谐家园27号楼3202室\n', 'ADDRESS')).toEqual(['和平路398号和谐家园27号楼3202室'])
    expect(texts('他住在滨江大道589号3栋2单元。', 'ADDRESS')).toEqual(['滨江大道589号3栋2单元'])
  })
  it('reads unknown place names after a personal-address label', () => {
    expect(texts('现住址：新桥县大河镇小李村5组12号', 'ADDRESS')).toEqual(['新桥县大河镇小李村5组12号'])
  })
  it('takes the whole cell of a column headed 家庭住址', () => {
    const t = '序号\t户主姓名\t家庭住址\n1\t谭浩振\t昆明市五华区朝阳路437号\n2\t王芳\t城东大院后排'
    expect(texts(t, 'ADDRESS')).toEqual(['昆明市五华区朝阳路437号', '城东大院后排'])
  })
  it('does not flag bare administrative areas or office names', () => {
    expect(findings('关于印发《铜陵市政务公开工作要点》的通知', 'ADDRESS')).toEqual([])
    expect(findings('张家港市、王家村、李庄镇的工作人员参加了培训。', 'ADDRESS')).toEqual([])
    expect(findings('请于公示期内向新桥镇社会事务办反映。', 'ADDRESS')).toEqual([])
    expect(findings('2025年兰山区事业单位公开招聘', 'ADDRESS')).toEqual([])
  })
  it("does not flag an office's published address", () => {
    expect(findings('办公地址：铜陵市铜官区淮河中路1号', 'ADDRESS')).toEqual([])
    expect(findings('地点：铜陵市铜官区长江路100号区政务服务中心', 'ADDRESS')).toEqual([])
    expect(findings('铜陵市铜官区淮河中路1号铜官区人民政府', 'ADDRESS')).toEqual([])
  })
  it('does not read 文号 or a building count as an address', () => {
    expect(findings('宝府办〔2021〕90号，共计12栋', 'ADDRESS')).toEqual([])
  })
})

describe('ADDRESS after 走访/回访', () => {
  it('reads a whole address to the door after a visit', () => {
    expect(texts('上午走访和平路34号院2号楼1单元102牛玉珍老人。', 'ADDRESS')).toEqual(['和平路34号院2号楼1单元102'])
  })
  it('reads nothing where the visit is followed by people or a bare building', () => {
    expect(texts('走访人员当即联系村医上门测量血压。走访7栋新搬入租户。', 'ADDRESS')).toEqual([])
  })
})

describe('ADDRESS: an office\'s own address', () => {
  it('is no personal address after an office\'s address label, an office in brackets, or an office named as the value', () => {
    expect(texts('日间照料中心地址：临江区河西街道幸福路12号，电话0731-8456123。', 'ADDRESS')).toEqual([])
    expect(texts('咨询地点：县残联二楼（县城文化路16号）。', 'ADDRESS')).toEqual([])
    expect(texts('联系地址：梨树县民政局，梨树镇霍家店路199号。', 'ADDRESS')).toEqual([])
  })
  it('is still a person\'s address behind a personal label, even in an office\'s staff quarters', () => {
    expect(texts('患者家住青石镇人民路58号2栋3单元501室。', 'ADDRESS')).toEqual(['青石镇人民路58号2栋3单元501室'])
    expect(texts('家庭住址：梨树镇民政局家属院3号楼2单元402室。', 'ADDRESS')).toEqual(['梨树镇民政局家属院3号楼2单元402室'])
  })
})
