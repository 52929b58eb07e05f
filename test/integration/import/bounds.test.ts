// Issue 9 item 2: every import has a time bound, and a .docx of paragraphs nested 40,000 deep (a crafted file, but a real zip) is read in
// linear time — it took minutes when each closing paragraph copied its followers into its parent's — and
// one nested deeper than the limit is refused with a message naming the file. Timing is in the import bench.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { documentText, ImportError } from '../../../shared/import/index'
import { importBytes, importFile } from '../../../electron/services/import/index'
import { importBytesOffThread } from '../../../electron/services/import/run-import'
import { maxXmlDepth } from '../../../electron/services/import/xml'
import { cli } from '../../support/cli'
import { tempDir } from '../../support/temp-dir'
import { docxBytes, nestedDocxBytes, nestedParagraphText, p, xlsxBytes } from './make-ooxml'

describe('deeply nested .docx', () => {
  it('imports 40,000 nested paragraphs in document order, each once', async () => {
    const dir = tempDir('deep-docx-')
    const file = path.join(dir, 'nested.docx')
    fs.writeFileSync(file, nestedDocxBytes(40_000))
    const doc = await importFile(file)
    const texts = doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))
    expect(texts.length).toBe(40_000)
    // the outermost paragraph first, then what it anchors, innermost last
    for (const i of [0, 1, 999, 20_000, 39_999]) expect(texts[i]).toBe(nestedParagraphText(i + 1))
    const numbers = doc.blocks.map((b) => (b.kind === 'paragraph' && b.location && 'paragraph' in b.location ? b.location.paragraph : 0))
    expect(numbers.every((n, i) => n === i + 1)).toBe(true)
    expect(documentText(doc).text).toContain(nestedParagraphText(40_000))
  })

  it('scans it on the command line, each finding at its paragraph', async () => {
    const dir = tempDir('deep-docx-')
    const file = path.join(dir, 'nested.docx')
    fs.writeFileSync(file, nestedDocxBytes(40_000))
    const run = await cli(['scan', '--json', file])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const out = JSON.parse(run.stdout) as { files: { findings: { type: string; location: { paragraph: number } }[] }[] }
    const mobiles = out.files[0].findings.filter((f) => f.type === 'MOBILE')
    // every 1,000th paragraph carries a phone number
    expect(mobiles.map((f) => f.location.paragraph)).toEqual(Array.from({ length: 40 }, (_, i) => (i + 1) * 1000))
  })

  it('refuses a .docx nested deeper than the limit, naming the file', async () => {
    const dir = tempDir('deep-docx-')
    const file = path.join(dir, '过深.docx')
    fs.writeFileSync(file, nestedDocxBytes(maxXmlDepth + 10))
    let error: unknown
    try {
      await importFile(file)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ImportError)
    expect((error as ImportError).code).toBe('too-deep')
    expect((error as ImportError).message.startsWith(`${file}: `)).toBe(true)
    expect((error as ImportError).message).toContain('word/document.xml')

    const run = await cli(['scan', file])
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain(file)
    expect(run.stderr).toContain('nested too deeply')
  })
})

describe('time bound', () => {
  const enc = new TextEncoder()
  const inputs: [string, Uint8Array][] = [
    ['名单.xlsx', xlsxBytes({ sheets: [{ name: 'S', rows: [['姓名', '电话'], ['张三', '13905621234']] }] })],
    ['通知.docx', docxBytes(p('关于低保的公示'))],
    ['名单.csv', enc.encode('姓名,电话\n张三,13905621234\n')],
    ['通知.html', enc.encode('<html><body><p>关于低保的公示</p></body></html>')],
  ]
  // a limit already past when the import starts: every format must notice at its first checkpoint
  const expired = { maxMillis: -1 }

  it.each(inputs)('stops %s once its time is up, naming the file', async (name, bytes) => {
    await expect(importBytes(bytes, name)).resolves.toBeTruthy()
    let error: unknown
    try {
      await importBytes(bytes, name, { limits: expired })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ImportError)
    expect((error as ImportError).code).toBe('too-slow')
    expect((error as ImportError).message).toMatch(new RegExp(`^${name}: 文件处理超时.* — reading the file took too long`))
  })

  it('stops an import on the worker thread too', async () => {
    const [name, bytes] = inputs[0]
    const run = importBytesOffThread(bytes, name, { limits: expired })
    await expect(run).rejects.toMatchObject({ code: 'too-slow', file: name })
  })
})
