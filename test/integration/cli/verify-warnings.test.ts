import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildBundle } from '../../../electron/services/bundle/build'
import { verifyBundleZip } from '../../../electron/services/bundle/verify-zip'
import { cli } from '../../support/cli'
import { tempDir } from '../../support/temp-dir'
import { approvalPredicate, contentFiles, draftPredicate, person, signerEntry, trustKey, trustList } from '../bundle/world'
import { verifyReasonText } from '../../../shared/bundle/verify-reasons'

/**
 * Drafter and reviewer with the same display name (issue 9, item 4): two personIds and two keys, so every check
 * passes — but `verify` says so in a warning line (⚠, never ✗), and in --json as a warning, not a failed check.
 */

type Report = { ok: boolean; checks: { id: string; ok: boolean }[]; warnings: { id: string; reason: { 'zh-CN': string; en: string } }[]; unsigned: string[] }

function bundleBy(drafterName: string, reviewerName: string) {
  const drafter = person('u-zhang', drafterName, ['drafter'])
  const reviewer = person('u-zhang2', reviewerName, ['reviewer'])
  const zip = buildBundle({
    contentFiles: contentFiles(),
    draftPredicate: draftPredicate(drafter),
    drafterKey: drafter,
    approval: { predicateWithoutDigest: approvalPredicate(reviewer), reviewerKey: reviewer },
    signers: [signerEntry(drafter, 'drafter'), signerEntry(reviewer, 'reviewer')],
  })
  return { zip, trust: trustList([trustKey(drafter), trustKey(reviewer)]) }
}

function files(zip: Uint8Array, trust: unknown): { bundle: string; trustFile: string } {
  const dir = tempDir()
  const bundle = path.join(dir, 'bundle.zip')
  const trustFile = path.join(dir, 'trust.json')
  fs.writeFileSync(bundle, zip)
  fs.writeFileSync(trustFile, JSON.stringify(trust))
  return { bundle, trustFile }
}

describe('verify warns when drafter and reviewer share a display name', () => {
  it('passes every check and adds a same-name warning', () => {
    const same = bundleBy('张科员', '张科员')
    const r = verifyBundleZip(same.zip, same.trust)
    expect(r.ok).toBe(true)
    expect(r.checks.every((c) => c.ok)).toBe(true)
    expect(r.warnings.map((w) => w.id)).toEqual(['same-name'])
    expect(verifyReasonText(r.warnings[0]?.reasons ?? [])['zh-CN']).toContain('拟稿人与审核人同名（张科员）')
    const different = bundleBy('张科员', '李科长')
    expect(verifyBundleZip(different.zip, different.trust).warnings).toEqual([])
  })

  it('the CLI prints it as a ⚠ line with exit 0, and lists it under warnings in --json', async () => {
    const same = bundleBy('张科员', '张科员')
    const { bundle, trustFile } = files(same.zip, same.trust)
    const human = await cli(['verify', bundle, '--trust', trustFile])
    expect(human.code).toBe(0)
    expect(human.stdout).toContain('验证通过')
    expect(human.stdout).not.toContain('✗')
    const line = human.stdout.split('\n').find((l) => l.includes('same-name'))
    expect(line).toMatch(/^ {2}⚠ same-name +拟稿人与审核人同名（张科员）/)
    expect(human.stdout).toContain('未签名、不参与验证的文件（仅供参考，内容不可信）：keys/signers.json、VERIFY.txt')
    const json = await cli(['verify', bundle, '--trust', trustFile, '--json'])
    expect(json.code).toBe(0)
    const report = JSON.parse(json.stdout) as Report
    expect(report.ok).toBe(true)
    expect(report.checks.every((c) => c.ok)).toBe(true)
    expect(report.warnings).toMatchObject([{ id: 'same-name', reason: { 'zh-CN': expect.stringContaining('张科员') as string } }])
    expect(report.unsigned).toEqual(['keys/signers.json', 'VERIFY.txt'])
  })
})
