import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { utf8Decode, utf8Encode } from '../../../shared/crypto/bytes'
import { bundlePaths } from '../../../shared/bundle/layout'
import { signersFileSchema } from '../../../shared/bundle/signers'
import { verifyBundle } from '../../../shared/bundle/verify'
import { assembleBundle, BundleBuildError, buildBundle, signApproval, signDraft } from '../../../electron/services/bundle/build'
import { nodeDigests, verifyEd25519 } from '../../../electron/services/bundle/node-crypto'
import { readZip } from '../../../electron/services/bundle/zip'
import { tempDir } from '../../support/temp-dir'
import { approvalPredicate, contentFiles, draftPredicate, person, signerEntry, trustKey, trustList } from './world'

const drafter = person('u-li', '李四', ['drafter'])
const reviewer = person('u-wang', '王五', ['reviewer'])
const trust = trustList([trustKey(drafter), trustKey(reviewer)])
const signers = [signerEntry(drafter, 'drafter'), signerEntry(reviewer, 'reviewer')]

function build(content = contentFiles()): Uint8Array {
  return buildBundle({
    contentFiles: content,
    draftPredicate: draftPredicate(drafter),
    drafterKey: drafter,
    approval: { predicateWithoutDigest: approvalPredicate(reviewer), reviewerKey: reviewer },
    signers,
  })
}

function codeOf(fn: () => unknown): string {
  try {
    fn()
    return 'no error'
  } catch (e) {
    return e instanceof BundleBuildError ? e.code : `other: ${String(e)}`
  }
}

describe('buildBundle', () => {
  it('writes a bundle that verifies against the trust list, with exactly the contract’s files', () => {
    const files = readZip(build())
    expect([...files.keys()]).toEqual([
      'VERIFY.txt',
      'attest/approval.dsse.json',
      'attest/draft.dsse.json',
      'content/notice.html',
      'content/notice.txt',
      'keys/signers.json',
      'report/redaction.json',
    ])
    const r = verifyBundle({ files, trust, digest: nodeDigests, verifyEd25519, now: new Date('2026-06-01T00:00:00Z') })
    expect(r.checks.filter((c) => !c.ok)).toEqual([])
    expect(r.ok).toBe(true)
  })

  it('exports the same bytes for the same approval', () => {
    expect(build()).toEqual(build())
  })

  it('signs the optional PDF like any other content file', () => {
    const content = contentFiles()
    content.set(bundlePaths.pdf, utf8Encode('%PDF-1.7\n%…'))
    const files = readZip(build(content))
    expect(files.has(bundlePaths.pdf)).toBe(true)
    expect(verifyBundle({ files, trust, digest: nodeDigests, verifyEd25519 }).ok).toBe(true)
  })

  it('explains verification in VERIFY.txt, Chinese and English, readable by old Notepad (BOM, CRLF)', () => {
    const text = readZip(build()).get(bundlePaths.verifyText) ?? new Uint8Array()
    expect([...text.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const s = utf8Decode(text.subarray(3))
    expect(s).toContain('countersign verify BUNDLE.zip --trust trust.json')
    expect(s).toContain('验证说明')
    expect(s).toContain('how to verify')
    expect(s.replace(/\r\n/g, '')).not.toContain('\n')
  })

  it('ships both public keys in keys/signers.json, marked as information only', () => {
    const signersFile = signersFileSchema.parse(JSON.parse(utf8Decode(readZip(build()).get(bundlePaths.signers) ?? new Uint8Array())))
    expect(signersFile.signers.map((s) => [s.role, s.keyid])).toEqual([
      ['drafter', drafter.keyid],
      ['reviewer', reviewer.keyid],
    ])
    expect(signersFile.note['zh-CN']).toContain('仅供查看')
  })

  it('is readable by unzip and Python', ({ skip }) => {
    skip(spawnSync('unzip', ['-v'], { stdio: 'ignore' }).status !== 0, 'unzip is not installed')
    const file = path.join(tempDir(), 'bundle.zip')
    fs.writeFileSync(file, build())
    expect(execFileSync('unzip', ['-t', file]).toString()).toContain('No errors detected')
  })
})

describe('signing in steps: submit, approve, export', () => {
  it('signs the draft at submit and the approval later, and the export verifies', () => {
    const content = contentFiles()
    const draft = signDraft({ contentFiles: content, predicate: draftPredicate(drafter), key: drafter })
    expect(draft.statement.predicate.role).toBe('drafter')
    expect(draft.statement.subject.map((s) => s.name)).toEqual(['content/notice.html', 'content/notice.txt', 'report/redaction.json'])
    // … stored, then approved by someone else
    const approval = signApproval({ contentFiles: contentFiles(), draftEnvelope: draft.bytes, predicate: approvalPredicate(reviewer), key: reviewer })
    expect(approval.statement.predicate.draftEnvelopeSha256).toBe(draft.sha256)
    const zip = assembleBundle({ contentFiles: content, draftEnvelope: draft.bytes, approvalEnvelope: approval.bytes, signers })
    expect(verifyBundle({ files: readZip(zip), trust, digest: nodeDigests, verifyEd25519 }).ok).toBe(true)
  })

  it('refuses to approve files that changed since the drafter signed', () => {
    const draft = signDraft({ contentFiles: contentFiles(), predicate: draftPredicate(drafter), key: drafter })
    const changed = contentFiles()
    changed.set(bundlePaths.txt, utf8Encode('另一份公示'))
    expect(codeOf(() => signApproval({ contentFiles: changed, draftEnvelope: draft.bytes, predicate: approvalPredicate(reviewer), key: reviewer }))).toBe('content-changed')
  })

  it('refuses the drafter approving their own draft, with the same key or another key of theirs', () => {
    const draft = signDraft({ contentFiles: contentFiles(), predicate: draftPredicate(drafter), key: drafter })
    expect(codeOf(() => signApproval({ contentFiles: contentFiles(), draftEnvelope: draft.bytes, predicate: approvalPredicate(drafter), key: drafter }))).toBe('same-signer')
    const secondKey = person(drafter.personId, drafter.name, ['reviewer'])
    expect(
      codeOf(() => signApproval({ contentFiles: contentFiles(), draftEnvelope: draft.bytes, predicate: approvalPredicate(secondKey), key: secondKey })),
    ).toBe('same-signer')
  })

  it('refuses a key that is not the one the predicate names, or whose keyid is wrong', () => {
    expect(codeOf(() => signDraft({ contentFiles: contentFiles(), predicate: draftPredicate(drafter), key: reviewer }))).toBe('wrong-key')
    expect(codeOf(() => signDraft({ contentFiles: contentFiles(), predicate: draftPredicate(drafter), key: { ...drafter, privateKey: reviewer.privateKey } }))).toBe(
      'wrong-key',
    )
  })

  it('refuses content without the required files or with files outside content/ and report/', () => {
    const missing = contentFiles()
    missing.delete(bundlePaths.redactionReport)
    expect(codeOf(() => signDraft({ contentFiles: missing, predicate: draftPredicate(drafter), key: drafter }))).toBe('bad-content')
    const outside = contentFiles()
    outside.set('notice.html', utf8Encode('x'))
    expect(codeOf(() => signDraft({ contentFiles: outside, predicate: draftPredicate(drafter), key: drafter }))).toBe('bad-content')
  })

  it('refuses to export a bundle that would not verify: changed files, another notice’s approval, wrong signers', () => {
    const content = contentFiles()
    const draft = signDraft({ contentFiles: content, predicate: draftPredicate(drafter), key: drafter })
    const approval = signApproval({ contentFiles: content, draftEnvelope: draft.bytes, predicate: approvalPredicate(reviewer), key: reviewer })
    const changed = contentFiles()
    changed.set(bundlePaths.html, utf8Encode('<p>改过</p>'))
    expect(codeOf(() => assembleBundle({ contentFiles: changed, draftEnvelope: draft.bytes, approvalEnvelope: approval.bytes, signers }))).toBe('self-check')

    const other = signDraft({ contentFiles: content, predicate: draftPredicate(drafter, { noticeId: 'n-other' }), key: drafter })
    expect(codeOf(() => assembleBundle({ contentFiles: content, draftEnvelope: other.bytes, approvalEnvelope: approval.bytes, signers }))).toBe('self-check')

    const stranger = person('u-x', '某人', ['reviewer'])
    const wrongSigners = [signers[0], signerEntry(stranger, 'reviewer')]
    expect(codeOf(() => assembleBundle({ contentFiles: content, draftEnvelope: draft.bytes, approvalEnvelope: approval.bytes, signers: wrongSigners }))).toBe('self-check')
    const swappedRoles = [signerEntry(drafter, 'reviewer'), signerEntry(reviewer, 'drafter')]
    expect(codeOf(() => assembleBundle({ contentFiles: content, draftEnvelope: draft.bytes, approvalEnvelope: approval.bytes, signers: swappedRoles }))).toBe('self-check')
  })
})
