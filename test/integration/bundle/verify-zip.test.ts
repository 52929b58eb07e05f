import { describe, expect, it } from 'vitest'
import { utf8Encode } from '../../../shared/crypto/bytes'
import { checkIds } from '../../../shared/bundle/verify'
import { buildBundle } from '../../../electron/services/bundle/build'
import { verifyBundleZip } from '../../../electron/services/bundle/verify-zip'
import { approvalPredicate, contentFiles, draftPredicate, person, signerEntry, trustKey, trustList } from './world'
import { verifyReasonText } from '../../../shared/bundle/verify-reasons'

const drafter = person('u-li', '李四', ['drafter'])
const reviewer = person('u-wang', '王五', ['reviewer'])
const trust = trustList([trustKey(drafter), trustKey(reviewer)])
const zip = buildBundle({
  contentFiles: contentFiles(),
  draftPredicate: draftPredicate(drafter),
  drafterKey: drafter,
  approval: { predicateWithoutDigest: approvalPredicate(reviewer), reviewerKey: reviewer },
  signers: [signerEntry(drafter, 'drafter'), signerEntry(reviewer, 'reviewer')],
})

describe('verifyBundleZip', () => {
  it('reports the archive check first, then every bundle check', () => {
    const r = verifyBundleZip(zip, trust, { now: new Date('2026-06-01T00:00:00Z') })
    expect(r.ok).toBe(true)
    expect(r.checks.map((c) => c.id)).toEqual(['zip', ...checkIds])
  })

  it('fails with the single check "zip" and a plain reason when the archive is refused', () => {
    const z = Buffer.from(zip)
    const name = Buffer.from('content/notice.txt')
    for (let at = z.indexOf(name); at >= 0; at = z.indexOf(name, at + 1)) Buffer.from('../../../etc/x.txt').copy(z, at)
    const r = verifyBundleZip(new Uint8Array(z), trust)
    expect(r.ok).toBe(false)
    expect(r.checks).toHaveLength(1)
    expect(r.checks[0].id).toBe('zip')
    expect(verifyReasonText(r.checks[0].reasons)['zh-CN']).toContain('不安全的文件名')
    expect(verifyReasonText(r.checks[0].reasons).en).toContain('../../../etc/x.txt')
  })

  it('says so when the file is not a zip at all', () => {
    const r = verifyBundleZip(utf8Encode('not a zip'), trust)
    expect(r.checks).toEqual([{ id: 'zip', ok: false, reasons: [{ code: 'zipUnreadable', params: { why: 'not-zip' } }] }])
    expect(verifyReasonText(r.checks[0].reasons)).toEqual({ 'zh-CN': '压缩包无法安全读取：不是压缩包（.zip 文件）', en: 'The zip cannot be read safely: it is not a zip file' })
  })

  it('still runs every bundle check on a readable zip that fails them', () => {
    const r = verifyBundleZip(zip, trustList([trustKey(drafter)]))
    expect(r.ok).toBe(false)
    expect(r.checks.filter((c) => !c.ok).map((c) => c.id)).toEqual(['approval.signature', 'signers.identity', 'roles', 'distinct.persons', 'keys.valid'])
  })
})
