import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, repoRoot } from '../../support/cli'
import { tempDir } from '../../support/temp-dir'

/** A real PDF, written by hand: one page per entry; a page's text (Latin only, Helvetica) or none (no text layer). */
function pdf(pages: (string | undefined)[]): Buffer {
  const objects: string[] = []
  const add = (body: string): number => objects.push(body)
  const catalog = add('')
  const tree = add('')
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
  const kids: number[] = []
  for (const text of pages) {
    const ops = text === undefined ? '0 0 1 rg 10 10 100 100 re f' : `BT /F1 12 Tf 50 700 Td (${text}) Tj ET`
    const content = add(`<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`)
    kids.push(add(`<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`))
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${tree} 0 R >>`
  objects[tree - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(out.length)
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = out.length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}

const gbk = (text: string): Buffer => {
  // Node's TextEncoder writes UTF-8 only: GBK bytes for the few characters the page uses come from TextDecoder's table.
  const decoder = new TextDecoder('gbk')
  const table = new Map<string, number[]>()
  for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) table.set(decoder.decode(new Uint8Array([a, b])), [a, b])
  const bytes: number[] = []
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0))
    else bytes.push(...(table.get(ch) ?? [0x3f]))
  }
  return Buffer.from(bytes)
}

// planted values: valid ID checksums, real-looking mobiles
const planted = { id1: '110101199003071234', id2: '440305198801011231', mobile1: '13812345678', mobile2: '13912345678', pdfId: '110101199003071234', mobile3: '15012345678' }

function site(): string {
  const dir = tempDir('sweep-site-')
  fs.mkdirSync(path.join(dir, 'site/attach'), { recursive: true })
  fs.writeFileSync(
    path.join(dir, 'site/dibao.html'),
    gbk(`<html><head><meta charset="gbk"><title>低保公示</title><script>var x=1</script></head><body><p>低保对象公示</p><table><tr><td>姓名</td><td>身份证号</td><td>联系电话</td></tr><tr><td>张三</td><td>${planted.id1}</td><td>${planted.mobile1}</td></tr></table><div style="display:none">电话 ${planted.mobile2}</div><p>公示期为2024年5月5日至5月11日</p></body></html>`),
  )
  fs.writeFileSync(path.join(dir, 'site/notice.txt'), `联系人身份证号：${planted.id2}\n`)
  fs.writeFileSync(path.join(dir, 'site/attach/list.pdf'), pdf([`ID ${planted.pdfId} Tel ${planted.mobile3}`, undefined]))
  fs.writeFileSync(path.join(dir, 'site/attach/scan.pdf'), pdf([undefined]))
  fs.writeFileSync(path.join(dir, 'site/attach/broken.pdf'), '%PDF-1.4 this is not really a pdf')
  fs.writeFileSync(path.join(dir, 'site/attach/old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
  fs.copyFileSync(path.join(repoRoot, 'test/fixtures/import/dibao.xlsx'), path.join(dir, 'site/attach/dibao.xlsx'))
  fs.copyFileSync(path.join(repoRoot, 'test/fixtures/import/notice.docx'), path.join(dir, 'site/attach/notice.docx'))
  fs.writeFileSync(path.join(dir, 'site/clean.html'), '<html><body><p>关于开展春季植树活动的通知</p></body></html>')
  return dir
}

type Line = { path: string; status: string; reason?: string; findings: { type: string; masked: string; place: string; action?: string }[]; publicity?: { end: string; overdue: boolean } }

describe('countersign sweep', () => {
  it('reports every planted value masked, never unmasked, in report.html, findings.csv and the JSON lines', async () => {
    const dir = site()
    const out = path.join(dir, 'out')
    const run = await cli(['sweep', path.join(dir, 'site'), '--out', out, '--json'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1)
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Line)
    const byName = new Map(lines.map((l) => [path.basename(l.path), l]))
    expect([...byName.keys()].sort()).toEqual(['broken.pdf', 'clean.html', 'dibao.html', 'dibao.xlsx', 'list.pdf', 'notice.docx', 'notice.txt', 'old.doc', 'scan.pdf'])

    const html = fs.readFileSync(path.join(out, 'report.html'), 'utf8')
    const csvBytes = fs.readFileSync(path.join(out, 'findings.csv'))
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const csv = csvBytes.toString('utf8')
    for (const value of Object.values(planted)) {
      for (const text of [html, csv, run.stdout]) expect(text.includes(value)).toBe(false)
      const masked = `${value.slice(0, value.length === 18 ? 6 : 3)}`
      expect(csv).toContain(masked)
    }
    const dibao = byName.get('dibao.html')!
    expect(dibao.findings.map((f) => f.masked)).toEqual(expect.arrayContaining(['110101********1234', '138****5678', '139****5678']))
    expect(dibao.publicity).toEqual({ end: '2024-05-11', overdue: true })
    expect(html).toContain('公示期已过仍在网上')
    expect(byName.get('notice.txt')!.findings.map((f) => f.masked)).toContain('440305********1231')
    const list = byName.get('list.pdf')!
    expect(list.findings.map((f) => [f.type, f.masked, f.place])).toEqual(expect.arrayContaining([['ID_CARD', '110101********1234', '第1页第1行'], ['MOBILE', '150****5678', '第1页第1行']]))
    expect(list.reason).toContain('第2页')
    expect(byName.get('scan.pdf')!.status).toBe('image-only')
    expect(html).toContain('需人工查看（仅图片）')
    expect(byName.get('broken.pdf')!.status).toBe('unreadable')
    expect(byName.get('old.doc')!.status).toBe('legacy')
    expect(byName.get('dibao.xlsx')!.findings.length).toBeGreaterThan(0)
    expect(byName.get('clean.html')!.findings).toEqual([])
    // riskiest first: a file with full ID numbers comes before the clean page
    expect(html.indexOf('dibao.html')).toBeLessThan(html.indexOf('clean.html'))
    expect(html).not.toContain('<script')
    // types in words in the report and the CSV (the JSON lines keep the codes)
    expect(html).toContain('身份证号：110101********1234')
    expect(html).not.toContain('ID_CARD')
    expect(csv).toContain(',身份证号,')
    expect(html).toContain('href="../site/attach/list.pdf"')
  })

  it('exits 0 when nothing is found and 2 on bad usage', async () => {
    const dir = tempDir('sweep-clean-')
    fs.writeFileSync(path.join(dir, 'a.html'), '<p>通知</p>')
    expect((await cli(['sweep', dir, '--out', path.join(dir, 'out')])).code).toBe(0)
    expect((await cli(['sweep', dir])).code).toBe(2)
    const missing = await cli(['sweep', path.join(dir, 'nope'), '--out', path.join(dir, 'out')])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('nope')
  })

  it('gives the same report with worker threads, resumed after an interruption, and from merged shards', async () => {
    const dir = site()
    const root = path.join(dir, 'site')
    const sorted = (out: string): string => fs.readFileSync(path.join(out, 'findings.csv'), 'utf8').split('\r\n').sort().join('\n')
    const one = path.join(dir, 'one')
    expect((await cli(['sweep', root, '--out', one, '--jobs', '1'])).code).toBe(1)
    const two = path.join(dir, 'two')
    expect((await cli(['sweep', root, '--out', two, '--jobs', '2'])).code).toBe(1)
    expect(sorted(two)).toBe(sorted(one))

    // an interrupted run: three files recorded, then half a line
    const state = fs.readFileSync(path.join(one, 'sweep-state.jsonl'), 'utf8').split('\n')
    const resumed = path.join(dir, 'resumed')
    fs.mkdirSync(resumed)
    fs.writeFileSync(path.join(resumed, 'sweep-state.jsonl'), `${state.slice(0, 3).join('\n')}\n${state[3].slice(0, 20)}`)
    expect((await cli(['sweep', root, '--out', resumed, '--jobs', '1'])).code).toBe(1)
    expect(sorted(resumed)).toBe(sorted(one))
    expect(fs.readFileSync(path.join(resumed, 'sweep-state.jsonl'), 'utf8').trim().split('\n')).toHaveLength(9)

    const shards = [1, 2, 3].map((i) => path.join(dir, `shard${i}`))
    for (const [i, out] of shards.entries()) await cli(['sweep', root, '--out', out, '--shard', `${i + 1}/3`])
    const merged = path.join(dir, 'merged')
    expect((await cli(['sweep', 'merge', ...shards, '--out', merged])).code).toBe(1)
    expect(sorted(merged)).toBe(sorted(one))
    expect((await cli(['sweep', root, '--out', merged, '--shard', '4/3'])).code).toBe(2)
  })

  it('says every place and reason in Chinese: 第N行, 第N行第M列, 工作表“…”C3单元格, 正文第N段', async () => {
    const dir = site()
    fs.writeFileSync(path.join(dir, 'site/list.csv'), `姓名,身份证号\n张三,${planted.id1}\n`)
    const run = await cli(['sweep', path.join(dir, 'site'), '--out', path.join(dir, 'out'), '--json', '--jobs', '1'])
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Line)
    const byName = new Map(lines.map((l) => [path.basename(l.path), l]))
    const places = lines.flatMap((l) => l.findings.map((f) => f.place))
    expect(places.length).toBeGreaterThan(20)
    for (const place of places) {
      // no English word and no package path: cells (C3) and sheet names are the only Latin left
      expect(place.replace(/[A-Z]+\d+单元格/g, '')).not.toMatch(/[a-z]{2,}|\.xml|line|page/i)
    }
    expect(byName.get('notice.txt')!.findings.map((f) => f.place)).toEqual(['第1行'])
    expect(byName.get('list.csv')!.findings.find((f) => f.type === 'ID_CARD')?.place).toBe('第2行第2列')
    expect(byName.get('dibao.html')!.findings.every((f) => /^第\d+行$/.test(f.place))).toBe(true)
    expect(byName.get('dibao.xlsx')!.findings.map((f) => f.place)).toEqual(expect.arrayContaining([expect.stringMatching(/^工作表“低保名单”[A-Z]+\d+单元格(（隐藏内容）)?$/)]))
    // hidden content counts as exposed, and says so
    expect(byName.get('dibao.xlsx')!.findings.some((f) => f.place.endsWith('（隐藏内容）'))).toBe(true)
    expect(byName.get('notice.docx')!.findings.map((f) => f.place)).toEqual(expect.arrayContaining([expect.stringMatching(/^正文(表\d+第\d+行第\d+列|第\d+段)/)]))
    for (const line of lines) if (line.reason) expect(line.reason).toMatch(/[\u4e00-\u9fff]/)
    expect(byName.get('broken.pdf')!.reason).toBe('PDF 文件已损坏或不是有效的 PDF')
    for (const line of lines) if (line.reason) expect(line.reason).not.toMatch(/[A-Za-z]{4,}/)
  })

  it('honours --policy: what the policy lets be published is not reported; an unknown policy is refused', async () => {
    const dir = site()
    const out = path.join(dir, 'out')
    const strict = (await cli(['sweep', path.join(dir, 'site'), '--out', out, '--json', '--jobs', '1'])).stdout.trim().split('\n').map((l) => JSON.parse(l) as Line)
    const dibao = (lines: Line[]) => lines.find((l) => path.basename(l.path) === 'dibao.html')!
    expect(dibao(strict).findings.map((f) => f.type)).toContain('PERSON_NAME')
    expect(dibao(strict).findings.every((f) => f.action === undefined)).toBe(true)

    // 补贴发放公示 publishes names (subsidy keeps them): the same folder again, under that policy, into the same --out
    const run = await cli(['sweep', path.join(dir, 'site'), '--out', out, '--json', '--jobs', '1', '--policy', 'subsidy'])
    expect(run.code).toBe(1)
    const subsidy = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Line)
    expect(dibao(subsidy).findings.map((f) => f.type)).not.toContain('PERSON_NAME')
    expect(dibao(subsidy).findings.find((f) => f.type === 'ID_CARD')).toMatchObject({ masked: '110101********1234', action: 'remove' })
    expect(fs.readFileSync(path.join(out, 'report.html'), 'utf8')).toContain('按策略 subsidy 检查')

    const unknown = await cli(['sweep', path.join(dir, 'site'), '--out', out, '--policy', 'nope'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('unknown policy "nope"')
    expect(unknown.stderr).toContain('subsidy')
  })

  it('is listed in --help with its options and merge', async () => {
    const help = await cli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('sweep PATH... --out DIR [--json] [--jobs N] [--policy NAME] [--shard I/N]')
    expect(help.stdout).toContain('sweep merge DIR... --out DIR')
  })
})
