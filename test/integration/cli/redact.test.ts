import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from '../../support/cli'
import { tempDir } from '../../support/temp-dir'

const root = path.resolve(import.meta.dirname, '../../..')
const fixture = (name: string): string => path.join(root, 'test/fixtures/redact', name)


const dibaoValues = ['欧阳娜娜', '王小明', '340705198204150268', '340721195601011130', '139 0562 1234', '13905621234', '15805621122', '6217992658592109382', '王岗村14组79号', '东山村5组8号']
const recruitValues = ['34172319960512048X', '341723199411030515', '13905621234', '15805621122', '1996.05', '1994.11']

function expectNone(text: string, values: readonly string[]): void {
  for (const v of values) expect(text, v).not.toContain(v)
}

describe('countersign redact', () => {
  it('writes a redacted .txt by the dibao policy and prints a summary without values', async () => {
    const out = tempDir()
    const run = await cli(['redact', '--policy', 'dibao', '--out', out, fixture('dibao.txt')])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const text = fs.readFileSync(path.join(out, 'dibao.redacted.txt'), 'utf8')
    expectNone(text, dibaoValues)
    expect(text).toContain('1\t欧阳**\t【已删除】\t【已删除】\t铜陵市郊区白马镇王岗村14组****\t500')
    expect(text).toContain('户主欧阳**的低保金发放账户：【已删除】。')
    // everything that is not a finding is unchanged
    expect(text.split('\n').slice(0, 4)).toEqual(fs.readFileSync(fixture('dibao.txt'), 'utf8').split('\n').slice(0, 4))
    expect(run.stdout).toMatch(/dibao\.txt → .*dibao\.redacted\.txt: 遮盖 masked 5, 删除 removed 5, 保留 kept 0/)
    expectNone(run.stdout, dibaoValues)
  })

  it('redacts a .csv into <base>.redacted.txt, keeping what the recruitment policy publishes', async () => {
    const out = tempDir()
    const run = await cli(['redact', '--policy', 'recruitment', '--out', out, fixture('recruit.csv')])
    expect(run.code).toBe(0)
    const text = fs.readFileSync(path.join(out, 'recruit.redacted.txt'), 'utf8')
    expect(text.split('\n')[1]).toBe('1,周晓燕,女,1996.**,2025010101,341723********048X,139****1234,会计')
    expectNone(text, recruitValues)
  })

  it('redacts .html inside text nodes and attributes, drops comments, keeps the markup', async () => {
    const out = tempDir()
    const run = await cli(['redact', '--policy', 'strict', '--out', out, fixture('recruit.html')])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const html = fs.readFileSync(path.join(out, 'recruit.redacted.html'), 'utf8')
    const source = fs.readFileSync(fixture('recruit.html'), 'utf8')
    expectNone(html, [...recruitValues, '周晓燕', '上官文博', '孙静', '0562'])
    expect(html).toContain('<tr><td>1</td><td>周**</td><td>1996.**</td><td>2025010101</td><td>341723********048X</td></tr>')
    expect(html).toContain('<p title="联系人：孙*">公示期为5个工作日。联系人：孙*，手机：<b>139</b>&nbsp;****&nbsp;1234。</p>')
    expect(html).not.toContain('<!--')
    const tags = (markup: string): string[] => markup.replace(/<!--[\s\S]*?-->/g, '').match(/<[^>]*>/g)?.map((t) => t.replace(/="[^"]*"/g, '=""')) ?? []
    expect(tags(html)).toEqual(tags(source))
  })

  it('prints one JSON document with the report and never a value', async () => {
    const out = tempDir()
    const run = await cli(['redact', '--policy', 'dibao', '--out', out, '--json', fixture('dibao.txt'), fixture('recruit.html')])
    expect(run.code).toBe(0)
    const doc = JSON.parse(run.stdout) as { files: { path: string; out: string; entries: { type: string; action: string; start: number; end: number; outStart: number; outEnd: number; proposed: string; location?: { markupStart: number } }[] }[] }
    expect(doc.files.map((f) => path.basename(f.out))).toEqual(['dibao.redacted.txt', 'recruit.redacted.html'])
    const [txt, html] = doc.files
    expect(txt.entries).toHaveLength(10)
    expect(txt.entries.find((e) => e.type === 'ID_CARD')).toMatchObject({ action: 'removed', proposed: 'remove', start: 93, end: 111 })
    expect(html.entries.every((e) => typeof e.location?.markupStart === 'number')).toBe(true)
    const written = fs.readFileSync(txt.out, 'utf8')
    const name = txt.entries.find((e) => e.type === 'PERSON_NAME')!
    expect(written.slice(name.outStart, name.outEnd)).toBe('欧阳**')
    expectNone(run.stdout, [...dibaoValues, ...recruitValues, '周晓燕', '孙静'])
  })

  it('refuses a blocked file: exit 1, no file, one line naming the file and the type, other files still written', async () => {
    const out = tempDir()
    const run = await cli(['redact', '--policy', 'strict', '--out', out, fixture('confidential.txt'), fixture('dibao.txt')])
    expect(run.code).toBe(1)
    expect(fs.existsSync(path.join(out, 'confidential.redacted.txt'))).toBe(false)
    expect(fs.existsSync(path.join(out, 'dibao.redacted.txt'))).toBe(true)
    const lines = run.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain(fixture('confidential.txt'))
    expect(lines[0]).toContain('CONFIDENTIAL_MARKER')
    expect(lines[0]).toContain('line 1')
    expect(run.stderr).not.toContain('征求意见稿')
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })

  it('blocks individual health data under the health policy', async () => {
    const out = tempDir()
    const run = await cli(['redact', '--policy', 'health', '--out', out, '--json', fixture('health.txt')])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('HEALTH')
    expect(run.stderr).not.toContain('肺结核')
    expect(fs.readdirSync(out)).toEqual([])
    const doc = JSON.parse(run.stdout) as { files: { out: null; blocked: { type: string }[] }[] }
    expect(doc.files[0]).toMatchObject({ out: null, blocked: [{ type: 'HEALTH' }] })
    expect(run.stdout).not.toContain('肺结核')
  })

  it('exits 2 on an unknown policy, naming it and listing the valid ones, writing nothing', async () => {
    const out = path.join(tempDir(), 'out')
    const run = await cli(['redact', '--policy', 'lenient', '--out', out, fixture('dibao.txt')])
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain('"lenient"')
    for (const name of ['strict', 'dibao', 'recruitment', 'penalty', 'workOrder', 'health']) expect(run.stderr).toContain(name)
    expect(fs.existsSync(out)).toBe(false)
  })

  it('exits 2 naming a missing file, before writing anything', async () => {
    const out = tempDir()
    const missing = path.join(out, 'nope.txt')
    const run = await cli(['redact', '--policy', 'strict', '--out', out, fixture('dibao.txt'), missing])
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain(missing)
    expect(run.stderr).toContain('no such file')
    expect(fs.readdirSync(out)).toEqual([])
  })

  it('exits 2 on bad usage', async () => {
    const out = tempDir()
    for (const args of [
      ['redact', '--out', out, fixture('dibao.txt')],
      ['redact', '--policy', 'strict', fixture('dibao.txt')],
      ['redact', '--policy', 'strict', '--out', out],
      ['redact', '--policy', 'strict', '--out', out, fixture('dibao.txt'), path.join(root, 'package.json')],
      ['redact', '--policy', 'strict', '--out', out, fixture('dibao.txt'), fixture('dibao.txt')],
    ]) {
      const run = await cli(args)
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stderr).toMatch(/^countersign: /)
    }
    expect(fs.readdirSync(out)).toEqual([])
  })

  it('explains in --help that review findings are masked', async () => {
    const run = await cli(['redact', '--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('MASKED')
    expect(run.stdout).toContain('review')
    const main = await cli(['--help'])
    expect(main.stdout).toContain('redact --policy NAME --out DIR')
  })
})
