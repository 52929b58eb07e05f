/**
 * Names of the eighteenth and nineteenth blind sets (issue 11): a common surname the statistics were derived
 * without (傅) is still a surname, and a Liangshan Yi name is read whole from its clan name (沙马拉且, 阿苦拉哈,
 * 俄底木呷), its given name alone where the notice goes on with it.
 */
import { describe, expect, it } from 'vitest'
import { texts } from './helpers'

const names = (text: string): string[] => texts(text, 'PERSON_NAME')

describe('PERSON_NAME: 傅 and Yi clan names', () => {
  it('reads a name surnamed 傅 after a kinship word', () => {
    expect(names('患者在县医院留观，其姐傅嘉敏已从西安赶来。')).toEqual(['傅嘉敏'])
    expect(names('孩子由外婆傅春兰抚养并担任监护人。')).toEqual(['傅春兰'])
    expect(names('请师傅们注意安全。')).toEqual([])
  })

  it('reads a Yi name whole from its clan name', () => {
    expect(names('其兄阿苦拉哈担心出事，请求帮助。')).toEqual(['阿苦拉哈'])
    expect(names('院坝会上，沙马拉且、阿苦拉哈、俄底木呷和曲比阿果等发了言。')).toEqual(['沙马拉且', '阿苦拉哈', '俄底木呷', '曲比阿果'])
  })

  it('reads the given name of a Yi name found in full, where the notice goes on with it', () => {
    expect(names('走访了二组沙马拉哈家。拉哈表示今年想多养几头牛。')).toEqual(['沙马拉哈', '拉哈'])
  })
})

describe('PERSON_NAME: offices, roles and signature blocks of the eighteenth and nineteenth blind sets', () => {
  it('reads no name in an office abbreviation, a system or "the whole town"', () => {
    expect(names('中共石家庄市长安区委员会办公室\n\n石长安委办〔2024〕12号')).toEqual([])
    expect(names('四、卫健系统安全生产大检查')).toEqual([])
    expect(names('上报镇政府审核。全镇目前有低保对象312户。')).toEqual([])
    // a season or a temple: no name ends so
    expect(names('做好晨午检和因病缺课追踪登记制度。秋冬季是流感、诺如病毒感染高发季节。')).toEqual([])
    expect(names('线路一：紫柏山—张良庙—马道古镇')).toEqual([])
  })

  it('reads past a department or a kinship word after a label to the name', () => {
    expect(names('（联系人：公卫科邹　萍，电话：0512-57631842）')).toEqual(['邹　萍'])
    expect(names('监护人：母亲向晓敏，联系电话13861734520。')).toEqual(['向晓敏'])
  })

  it('reads a name after a role word in brackets', () => {
    expect(names('经查，商铺业主（房东）江山称，租赁合同已到期。')).toEqual(['江山'])
  })

  it('reads a padded name after a role spelled out with spaces, not after spaced-out words', () => {
    expect(names('审　判　长　张　伟\n书　记　员　刘　敏')).toEqual(['张　伟', '刘　敏'])
    expect(names('关　于　通　知')).toEqual([])
  })
})

describe('PERSON_NAME: a given name alone before a two-character cue', () => {
  it('reads the given name of someone named in full where 本人 follows it', () => {
    expect(names('申请人胡淑英，女，1950年生。补贴发放至淑英本人社会保障卡。')).toEqual(['胡淑英', '淑英'])
  })
})
