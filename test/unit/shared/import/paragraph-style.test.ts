import { describe, expect, it } from 'vitest'
import { guessStyles } from '../../../../shared/import/index'

describe('guessStyles', () => {
  it('recognises the parts of a 公文', () => {
    const texts = ['关于白马镇2025年第二季度最低生活保障对象的公示', '白政〔2025〕12号', '经入户调查、民主评议，现将拟纳入对象公示如下：', '一、公示对象', '公示期为7天。', '白马镇人民政府', '2025年6月1日']
    expect(guessStyles(texts.map((text) => ({ text })))).toEqual(['title', 'docNumber', 'body', 'heading', 'body', 'signature', 'date'])
  })

  it('uses the source’s hints and Chinese-numeral dates', () => {
    const styles = guessStyles([
      { text: '通知', styleName: 'Title' },
      { text: '正文第一段。' },
      { text: '第二部分', styleName: '标题 2' },
      { text: '某某局', align: 'right' },
      { text: '二〇二五年六月一日' },
    ])
    expect(styles).toEqual(['title', 'body', 'heading', 'signature', 'date'])
  })

  it('does not call a long sentence a title', () => {
    expect(guessStyles([{ text: '根据《社会救助暂行办法》规定，经入户调查、民主评议，现将白马镇2025年第二季度拟纳入最低生活保障对象名单予以公示。' }])).toEqual(['body'])
  })
})
