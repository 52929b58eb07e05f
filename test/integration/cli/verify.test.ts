import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, repoRoot } from '../../support/cli'
import { tempDir } from '../../support/temp-dir'
import { verifyReasonText, type VerifyReason } from '../../../shared/bundle/verify-reasons'

// The golden bundle is a real signed bundle made from fixed test keys (see test/fixtures/bundle/README.md).
const bundle = path.join(repoRoot, 'test/fixtures/bundle/golden-v1.zip')
const trust = path.join(repoRoot, 'test/fixtures/bundle/golden-trust.json')
type Reason = { code: string; params: Record<string, unknown> }
type Report = { ok: boolean; checks: { id: string; ok: boolean; reason: { 'zh-CN': string; en: string }; reasons: Reason[] }[] }

describe('countersign verify', () => {
  it('passes a genuine bundle with exit 0 and lists every check', async () => {
    const run = await cli(['verify', bundle, '--trust', trust, '--json'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout) as Report
    expect(report.ok).toBe(true)
    expect(report.checks.length).toBeGreaterThan(5)
    expect(report.checks.every((c) => c.ok)).toBe(true)
    const human = await cli(['verify', bundle, '--trust', trust])
    expect(human.code).toBe(0)
    expect(human.stdout).toContain('验证通过')
  })

  it('refuses a bundle with one byte changed, exit 1, naming the failed check', async () => {
    const bytes = fs.readFileSync(bundle)
    // Flip one byte inside the stored content/notice.txt entry.
    const name = Buffer.from('content/notice.txt')
    const header = bytes.indexOf(name)
    const tampered = Buffer.from(bytes)
    const at = header + name.length + 5
    tampered[at] = (tampered[at] ?? 0) ^ 0x01
    const file = path.join(tempDir(), 'tampered.zip')
    fs.writeFileSync(file, tampered)
    const run = await cli(['verify', file, '--trust', trust, '--json'])
    expect(run.code).toBe(1)
    const report = JSON.parse(run.stdout) as Report
    expect(report.ok).toBe(false)
    expect(report.checks.filter((c) => !c.ok).map((c) => c.id).length).toBeGreaterThan(0)
    // each check carries its reasons as catalogue codes (for programs) beside the contract's two-language `reason`
    // the changed byte fails the archive's CRC: the strict reader refuses it before any signature is checked
    const zip = report.checks.find((c) => c.id === 'zip')
    expect(zip?.ok).toBe(false)
    expect(zip?.reasons).toMatchObject([{ code: 'zipUnreadableAt', params: { why: 'crc' } }])
    const entry = String(zip?.reasons[0]?.params.entry)
    expect(zip?.reason).toEqual(verifyReasonText((zip?.reasons ?? []) as VerifyReason[]))
    expect(zip?.reason['zh-CN']).toBe(`压缩包无法安全读取：文件已损坏或被改动（CRC 校验失败）（${entry}）`)
    for (const c of report.checks) expect(c.reasons.length, c.id).toBeGreaterThan(0)
    const human = await cli(['verify', file, '--trust', trust])
    expect(human.stdout).toContain(`✗ zip                  压缩包无法安全读取：文件已损坏或被改动（CRC 校验失败）（${entry}） (The zip cannot be read safely: a file fails its CRC (corrupt or altered) (${entry}))`)
  })

  it('refuses a bundle checked against a trust list without its keys', async () => {
    const empty = path.join(tempDir(), 'trust.json')
    fs.writeFileSync(empty, JSON.stringify({ format: 'countersign-trust/v1', office: '别的单位', keys: [] }))
    const run = await cli(['verify', bundle, '--trust', empty])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('✗')
  })

  it('exits 2 naming the file for unreadable input', async () => {
    const missing = path.join(tempDir(), 'nope.zip')
    const run = await cli(['verify', missing, '--trust', trust])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(missing)
    const badTrust = path.join(tempDir(), 'trust.json')
    fs.writeFileSync(badTrust, '{not json')
    const bad = await cli(['verify', bundle, '--trust', badTrust])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain(badTrust)
  })
})
