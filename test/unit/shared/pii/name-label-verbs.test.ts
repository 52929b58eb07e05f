/**
 * A label for a person (村民, 负责人) followed by the sentence going on, not by a name: 代为参会, 上山祭扫 (issue 11's
 * collocation sets). A compound surname after the label (上官) is still a name.
 */
import { describe, expect, it } from 'vitest'
import { texts } from './helpers'

describe('names after a label: the verb that follows is no name', () => {
  it('does not read 代为 or 上山 after a label as a name', () => {
    expect(texts('主要负责人因故不能出席的，由单位其他负责人代为参会。', 'PERSON_NAME')).toEqual([])
    expect(texts('演练模拟村民上山祭扫不慎引发山火，检验扑救队伍反应速度。', 'PERSON_NAME')).toEqual([])
  })
  it('still reads the name a label introduces, a compound surname too', () => {
    expect(texts('经核实，村民上官秀英反映的情况属实。', 'PERSON_NAME')).toEqual(['上官秀英'])
    expect(texts('经核实，村民向国平反映的情况属实。', 'PERSON_NAME')).toEqual(['向国平'])
  })
})
