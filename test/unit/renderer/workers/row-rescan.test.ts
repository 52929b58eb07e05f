import { describe, expect, it } from 'vitest'
import { scan } from '../../../../shared/pii/index'
import type { Finding } from '../../../../shared/pii/types'
import { keyFindings, type KeyedFinding } from '../../../../shared/findings/finding-key'
import { ROW_RESCAN_MIN_LENGTH, rowRescan } from '../../../../renderer/workers/row-rescan'

/** A 补贴 list long enough for the shortcut: 600 rows of names, phones and addresses. */
function list(rows = 700): string {
  const lines = Array.from({ length: rows }, (_, i) => `${i + 1}\t${'王李张刘'[i % 4]}${'建秀明华'[(i >> 2) % 4]}${'国英军平'[(i >> 4) % 4]}\t1${38 + (i % 2)}${String(10_000_000 + i * 7919).slice(0, 8)}\t某某镇王岗村${(i % 9) + 1}组\t${110 + (i % 7) * 10}`)
  return ['现将2026年度耕地地力保护补贴发放名单公示如下：', '序号\t姓名\t联系电话\t家庭住址\t补贴金额（元）', ...lines, '公示期为7天，如有异议请向镇农业服务中心反映。'].join('\n')
}

const brief = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.type} ${f.start}-${f.end} ${f.text}`)

describe('rowRescan: a keystroke in one row of a long table', () => {
  const text = list()
  const salt = 'notice-1\u0000body'
  const previous = { text, findings: keyFindings(salt, scan(text)) }
  const rescan = (before: { text: string; findings: readonly KeyedFinding[] }, edited: string) => rowRescan(before, edited, scan, salt, new Map())

  it('is used only for texts long enough to need it', () => {
    expect(text.length).toBeGreaterThanOrEqual(ROW_RESCAN_MIN_LENGTH)
    const short = list(20)
    expect(rescan({ text: short, findings: keyFindings(salt, scan(short)) }, short.replace('某某镇', '某某镇东'))).toBeUndefined()
  })

  it('finds what a whole scan finds where the edit is, and keeps and moves the rest', () => {
    const at = text.indexOf('\n300\t') + 5
    const edited = `${text.slice(0, at)}赵德胜 13912345678；${text.slice(at)}`
    const rows = rescan(previous, edited)
    expect(rows).toBeDefined()
    // every finding in the text where it says, in order
    for (const f of rows ?? []) expect(edited.slice(f.start, f.end)).toBe(f.text)
    expect(brief(rows ?? [])).toEqual(brief(scan(edited)))
    expect(brief(rows ?? []).join('|')).toContain('MOBILE')
    expect((rows ?? []).some((f) => f.text === '13912345678' && f.type === 'MOBILE')).toBe(true)
  })

  it('keys every finding as keyFindings would, the ordinals of a value edited away moved down', () => {
    // an address that occurs in many rows, edited in one of them: its later occurrences count one fewer before them
    const at = text.indexOf('\t', text.indexOf('\t', text.indexOf('\n120\t') + 1) + 1) + 1
    const edited = `${text.slice(0, at)}东${text.slice(at)}`
    const rows = rescan(previous, edited) ?? []
    expect(rows.length).toBeGreaterThan(0)
    const whole = keyFindings(salt, scan(edited))
    expect(rows.map((f) => `${f.start} ${f.key}`)).toEqual(whole.map((f) => `${f.start} ${f.key}`))
  })

  it('drops what a deleted value was', () => {
    const phone = /1[3-9][0-9]{9}/.exec(text.slice(text.indexOf('\n450\t')))?.[0] ?? ''
    const at = text.indexOf(phone, text.indexOf('\n450\t'))
    const edited = text.slice(0, at) + text.slice(at + phone.length)
    const rows = rescan(previous, edited) ?? []
    expect(rows.some((f) => f.text === phone)).toBe(false)
    expect(rows.length).toBe(previous.findings.length - 1)
  })

  it('leaves to a whole scan an edit of the header, of prose, or one that adds or removes a line', () => {
    expect(rescan(previous, text.replace('姓名', '户主姓名'))).toBeUndefined()
    expect(rescan(previous, text.replace('名单公示如下', '名单予以公示如下'))).toBeUndefined()
    const at = text.indexOf('\n300\t') + 5
    expect(rescan(previous, `${text.slice(0, at)}\n${text.slice(at)}`)).toBeUndefined()
  })
})
