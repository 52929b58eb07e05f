import { describe, expect, it } from 'vitest'
import { lineOf, partName, placeText } from '../../../../shared/sweep/place'

describe('sweep places in words', () => {
  it('names sheets and cells, parts, tables, rows, columns and paragraphs in Chinese', () => {
    expect(placeText({ sheet: '低保名单', cell: 'C3' })).toBe('工作表“低保名单”C3单元格')
    expect(placeText({ sheet: '低保名单', range: 'C:C' })).toBe('工作表“低保名单” C:C')
    expect(placeText({ part: 'word/document.xml', paragraph: 12 })).toBe('正文第12段')
    expect(placeText({ part: 'word/document.xml', table: 1, row: 2, column: 3, paragraph: 11 })).toBe('正文表1第2行第3列')
    expect(placeText({ part: 'word/header1.xml' })).toBe('页眉')
    expect(placeText({ part: 'word/comments.xml', comment: '0' })).toBe('批注（编号 0）')
    expect(placeText({ part: 'docProps/core.xml', property: 'dc:creator' })).toBe('文档属性“作者”')
    expect(placeText({ part: 'word/document.xml', property: 'w:author' })).toBe('文档属性“修订人”')
    expect(placeText({ row: 2, column: 1 })).toBe('第2行第1列')
    expect(placeText({})).toBe('文件中')
  })

  it('keeps a package path only where there is no word for it', () => {
    expect(partName('xl/sharedStrings.xml')).toBe('工作簿')
    expect(partName('word/glossary/document.xml')).toBe('文件内部分 word/glossary/document.xml')
  })

  it('counts lines from 1', () => {
    expect(lineOf('a\nb\nc', 0)).toBe(1)
    expect(lineOf('a\nb\nc', 4)).toBe(3)
  })
})
