import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createChromiumPrinter, findChromium, pdfInfo, pdfOptions, printBrowserArgs, type PdfPrinter } from '../../../electron/services/pdf/index'
import { latin1, readXref } from '../../../electron/services/pdf/pdf-syntax'
import { renderHtml, TABLE_PART_ROWS, type PublishedText } from '../../../shared/publish/render-html'
import { pdfText } from '../../support/pdf-text'
import { recordingLogger } from '../../unit/electron/main/fakes'
import { fonts, infoSpan, pageCount } from './pdf-inspect'

const executablePath = findChromium()
const suite = executablePath ? describe : describe.skip
const skipped = executablePath ? '' : ' — SKIPPED: no Chromium on this machine (install chromium, or set COUNTERSIGN_CHROMIUM)'

// A 低保公示 as it is published: masked values only, and characters (一, 民, 生, 示) that Noto CJK draws with the
// same glyph as a Kangxi radical, so the text check also proves the real characters come back out.
const notice: PublishedText = {
  title: '关于2026年第一季度城乡最低生活保障对象的公示',
  docNumber: '某民发〔2026〕3号',
  issuer: '某某街道办事处',
  body: [
    '根据《社会救助暂行办法》，经入户调查、民主评议，现将第一季度城乡居民最低生活保障对象名单公示如下：',
    '姓名\t身份证号\t联系电话\t住址\t保障金额',
    '欧阳*\t340705********1234\t138****5678\t幸福村一组\t500.00',
    '张*丰\t110101********1238\t139****5679\t民生路12号\t650.00',
    '公示期为7天。如有异议，请在公示期内向镇民政办反映。',
  ].join('\n'),
}
const html = renderHtml(notice)
const squeeze = (text: string): string => text.replace(/\s+/g, '')

suite(`PDF printing with the system Chromium${skipped}`, () => {
  const log = recordingLogger()
  let printer: PdfPrinter
  let pdf: Uint8Array

  beforeAll(async () => {
    const created = createChromiumPrinter({ executablePath, log })
    if (!created) throw new Error('a Chromium was found but no printer was made')
    printer = created
    pdf = await printer.print(html)
  })

  afterAll(async () => {
    await printer.close()
  })

  it('prints an A4 PDF with every font embedded and subset', () => {
    expect(latin1(pdf.subarray(0, 5))).toBe('%PDF-')
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(latin1(pdf))
    expect(Number(box?.[1])).toBeCloseTo(595, -1)
    expect(Number(box?.[2])).toBeCloseTo(842, -1)
    const found = fonts(pdf)
    expect(found.length).toBeGreaterThan(0)
    // Skia embeds TrueType (Windows' SimSun, FangSong …) as CIDFontType2 with /FontFile2, and draws CFF fonts
    // (Noto CJK on Debian, Kylin, UOS) as Type3 glyph procedures: either way the glyphs travel with the file.
    for (const font of found) expect(font.program, JSON.stringify(font)).toMatch(/^(CharProcs|FontFile2|FontFile3)$/)
    const named = found.filter((f) => f.name !== undefined)
    expect(named.length).toBeGreaterThan(0)
    for (const font of named) expect(font.name).toMatch(/^[A-Z]{6}\+/)
  })

  it('lets the Chinese text, the table included, be read back out', async () => {
    const text = squeeze(await pdfText(pdf))
    for (const piece of [notice.title, notice.docNumber, notice.issuer, ...notice.body.split(/[\n\t]/)]) expect(text).toContain(squeeze(piece))
    expect(text).not.toMatch(/[\u2e80-\u2fdf]/)
  })

  it('says nothing about the machine, the browser, the user or the time — only the title and Countersign', async () => {
    expect(pdfInfo(pdf)).toEqual({ Title: notice.title, Creator: 'Countersign' })
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
    const doc = await pdfjs.getDocument({ data: pdf.slice(), isEvalSupported: false, verbosity: 0 }).promise
    const meta = await doc.getMetadata()
    await doc.destroy()
    expect(meta.metadata).toBeNull()
    expect(meta.info).not.toHaveProperty('Producer')
    expect(meta.info).not.toHaveProperty('CreationDate')
    expect(meta.info).not.toHaveProperty('ModDate')
    const text = latin1(pdf)
    const trailer = readXref(text).trailer
    expect(trailer.entries.map((e) => e.key).sort()).toEqual(['Info', 'Root', 'Size'])
    const machine = [os.tmpdir(), process.cwd(), 'countersign-pdf-', 'Mozilla', 'HeadlessChrome', 'Linux', 'Windows', 'Skia', 'file:', 'about:blank']
    // Names short enough to turn up by chance in compressed streams are left out.
    for (const name of [os.hostname(), os.userInfo().username]) if (name.length >= 5) machine.push(name)
    for (const value of machine) expect(text, value).not.toContain(value)
  })

  it('differs from what Chromium wrote only inside the Info dictionary, which held the print time', async () => {
    const browser = await chromium.launch({ executablePath, args: printBrowserArgs(), chromiumSandbox: process.getuid?.() !== 0 })
    try {
      const page = await browser.newPage({ javaScriptEnabled: false })
      await page.setContent(html)
      const raw = new Uint8Array(await page.pdf(pdfOptions))
      const rawText = latin1(raw)
      expect(rawText).toMatch(/\/CreationDate \(D:\d{14}/)
      expect(raw.length).toBe(pdf.length)
      const { start, end } = infoSpan(raw)
      const differing = [...raw.keys()].filter((i) => raw[i] !== pdf[i])
      expect(differing.length).toBeGreaterThan(0)
      expect(differing.every((i) => i >= start && i < end)).toBe(true)
    } finally {
      await browser.close()
    }
  })

  it('gives the same bytes from a second browser, started later, and for prints that queue up together', async () => {
    const other = createChromiumPrinter({ executablePath })
    try {
      const again = await other?.print(html)
      expect(again && Buffer.from(again).equals(Buffer.from(pdf))).toBe(true)
    } finally {
      await other?.close()
    }
    const together = await Promise.all([printer.print(html), printer.print(html), printer.print(html)])
    for (const bytes of together) expect(Buffer.from(bytes).equals(Buffer.from(pdf))).toBe(true)
  })

  it('repeats the table header on every page and never splits a row across pages', async () => {
    const rows = Array.from({ length: TABLE_PART_ROWS + 20 }, (_, i) => {
      const n = String(i + 1).padStart(4, '0')
      return `N${n}\t340705********${n}\t138****${n}\t幸福村${(i % 9) + 1}组\tE${n}`
    })
    const long = renderHtml({ ...notice, body: ['名单如下：', '序号\t身份证号\t联系电话\t住址\t备注', ...rows].join('\n') })
    const bytes = await printer.print(long)
    const pages = (await pdfText(bytes)).split('\f').map(squeeze)
    expect(pages.length).toBe(pageCount(bytes))
    expect(pages.length).toBeGreaterThan(10)
    const withRows = pages.filter((p) => /N\d{4}/.test(p))
    for (const page of withRows) expect(page).toContain('序号身份证号联系电话住址备注')
    for (let i = 1; i <= rows.length; i += 1) {
      const n = String(i).padStart(4, '0')
      const first = pages.findIndex((p) => p.includes(`N${n}`))
      const last = pages.findIndex((p) => p.includes(`E${n}`))
      expect(first, `row ${n}`).toBeGreaterThanOrEqual(0)
      expect(last, `row ${n}`).toBe(first)
    }
  }, 180_000)

  it('runs no script and fetches nothing: remote images, styles, frames and refreshes are stopped, the notice still prints', async () => {
    const hits: string[] = []
    const server = http.createServer((request, response) => {
      hits.push(request.url ?? '')
      response.end('<p>从网络来的内容</p>')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const hostile = [
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>公告</title>',
        `<link rel="stylesheet" href="${origin}/style.css"><meta http-equiv="refresh" content="0;url=${origin}/away">`,
        `<style>@import url("${origin}/import.css"); body{background:url("${origin}/bg.png")}</style></head>`,
        `<body><p>本公告正文</p><img src="${origin}/photo.png"><iframe src="${origin}/frame"></iframe>`,
        '<script>document.body.textContent = "脚本改写"</script><noscript>脚本未运行</noscript></body></html>',
      ].join('\n')
      const before = log.lines.length
      const bytes = await printer.print(hostile)
      const text = squeeze(await pdfText(bytes))
      expect(hits).toEqual([])
      expect(text).toContain('本公告正文')
      expect(text).toContain('脚本未运行')
      expect(text).not.toContain('脚本改写')
      expect(text).not.toContain('从网络来的内容')
      const blocked = log.lines.slice(before).filter((l) => l.event === 'pdf.request_blocked')
      expect(blocked.length).toBeGreaterThan(0)
      expect(JSON.stringify(log.lines)).not.toContain('127.0.0.1')
    } finally {
      server.close()
    }
  })
})

suite(`PDF printer lifecycle${skipped}`, () => {
  let tmp: string
  let savedTmp: string | undefined

  beforeAll(() => {
    // The printer's profile goes under os.tmpdir(); a private one shows exactly what it leaves behind.
    savedTmp = process.env.TMPDIR
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'countersign-pdf-test-'))
    process.env.TMPDIR = tmp
  })

  afterAll(() => {
    if (savedTmp === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = savedTmp
    // a Chromium child still exiting may write into the folder for a moment: retry rather than fail the suite
    fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
  })

  it('starts the browser on the first print with a fresh profile, removes it on close, and can start again', async () => {
    const printer = createChromiumPrinter({ executablePath })
    expect(fs.readdirSync(tmp)).toEqual([])
    await printer?.print(html)
    expect(fs.readdirSync(tmp).filter((d) => d.startsWith('countersign-pdf-'))).toHaveLength(1)
    await printer?.close()
    expect(fs.readdirSync(tmp)).toEqual([])
    await expect(printer?.print(html)).resolves.toBeInstanceOf(Uint8Array)
    await printer?.close()
    expect(fs.readdirSync(tmp)).toEqual([])
  })

  it('warm() starts the browser ahead of the first print; the prints that follow reuse it, each on a page of its own', async () => {
    const started = recordingLogger()
    const printer = createChromiumPrinter({ executablePath, log: started })
    const launches = (): number => started.lines.filter((l) => l.event === 'pdf.browser_started').length
    await printer?.warm?.()
    expect(launches()).toBe(1)
    expect(fs.readdirSync(tmp).filter((d) => d.startsWith('countersign-pdf-'))).toHaveLength(1)
    await printer?.warm?.()
    const first = await printer?.print(html)
    const second = await printer?.print(html)
    expect(launches()).toBe(1)
    // the same notice gives the same bytes whether its page was readied ahead or not
    expect(second && Buffer.from(second).equals(Buffer.from(first ?? []))).toBe(true)
    await printer?.close()
    expect(fs.readdirSync(tmp)).toEqual([])
    await printer?.warm?.()
    expect(launches()).toBe(2)
    await printer?.close()
    expect(fs.readdirSync(tmp)).toEqual([])
  })

  it('gives up on a print past its hard limit with a timeout error and leaves no browser or profile behind', async () => {
    const printer = createChromiumPrinter({ executablePath, timeoutMs: 1 })
    await expect(printer?.print(html)).rejects.toMatchObject({ name: 'PdfError', code: 'timeout' })
    await printer?.close()
    // The abandoned launch finishes in the background and shuts itself down; wait for its profile to go.
    // (Playwright itself may leave an empty playwright-artifacts-* folder when a launch is cut short.)
    await expect.poll(() => fs.readdirSync(tmp).filter((d) => d.startsWith('countersign-pdf-')), { timeout: 30_000 }).toEqual([])
  })
})

describe('createChromiumPrinter without a browser', () => {
  it('returns no printer, so the bundle is made without a PDF', () => {
    expect(createChromiumPrinter({ executablePath: path.join(os.tmpdir(), 'no-such-chromium') })).toBeUndefined()
  })
})
