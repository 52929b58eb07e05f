import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { utf8Decode, utf8Encode } from '../../../../shared/crypto/bytes'
import { sm3Hex } from '../../../../shared/crypto/sm3'
import { makeStatement, PREDICATE_TYPE, STATEMENT_TYPE, statementBytes, subjectsOf, type DraftPredicate } from '../../../../shared/bundle/statement'

const digest = { sha256: (b: Uint8Array): string => createHash('sha256').update(b).digest('hex'), sm3: sm3Hex }
const files = new Map([
  ['report/redaction.json', utf8Encode('{"findings":[]}')],
  ['content/notice.txt', utf8Encode('公示')],
  ['content/notice.html', utf8Encode('<p>公示</p>')],
])
const draft: DraftPredicate = {
  role: 'drafter',
  noticeId: 'n-1',
  version: 1,
  title: '公示',
  noticeType: 'dibao',
  policy: 'dibao',
  signer: { id: 'u-1', name: '李四', keyid: 'a'.repeat(64) },
  signedAt: '2026-05-06T01:00:00Z',
  piiCheck: { engineVersion: '1.0.0', rulesetHash: 'b'.repeat(64), unresolved: 0 },
}

describe('in-toto statement', () => {
  it('lists every file with both digests, sorted by name', () => {
    const subjects = subjectsOf(files, digest)
    expect(subjects.map((s) => s.name)).toEqual(['content/notice.html', 'content/notice.txt', 'report/redaction.json'])
    expect(subjects[1].digest).toEqual({ sha256: digest.sha256(utf8Encode('公示')), sm3: sm3Hex(utf8Encode('公示')) })
  })

  it('refuses a file outside content/ and report/ as a subject', () => {
    expect(() => subjectsOf(new Map([['attest/x.json', new Uint8Array(0)]]), digest)).toThrow(/not a signed file of the bundle layout/)
  })

  it('serialises canonically: fixed key order, no whitespace, an absent optional field left out', () => {
    const s = makeStatement(subjectsOf(files, digest), { ...draft, publishUntil: undefined })
    const text = utf8Decode(statementBytes(s))
    expect(text.startsWith(`{"_type":"${STATEMENT_TYPE}","predicate":{"noticeId":"n-1","noticeType":"dibao","piiCheck":{`)).toBe(true)
    expect(text).toContain(`"predicateType":"${PREDICATE_TYPE}","subject":[{"digest":{"sha256":"`)
    expect(text).not.toContain('publishUntil')
    expect(JSON.parse(text)).toEqual(s)
  })

  it('keeps publishUntil as a date or a time', () => {
    expect(makeStatement(subjectsOf(files, digest), { ...draft, publishUntil: '2026-05-13' }).predicate.publishUntil).toBe('2026-05-13')
    expect(() => makeStatement(subjectsOf(files, digest), { ...draft, publishUntil: '13/05/2026' })).toThrow()
  })

  it.each([
    ['unresolved findings', { piiCheck: { ...draft.piiCheck, unresolved: 1 as 0 } }],
    ['a keyid that is not hex', { signer: { ...draft.signer, keyid: 'x'.repeat(64) } }],
    ['a local time without zone', { signedAt: '2026-05-06 09:00' }],
    ['a version of 0', { version: 0 }],
  ])('refuses to make a draft statement with %s', (_name, over) => {
    expect(() => makeStatement(subjectsOf(files, digest), { ...draft, ...over })).toThrow()
  })

  it('refuses duplicate subjects', () => {
    const subjects = subjectsOf(files, digest)
    expect(() => makeStatement([...subjects, subjects[0]], draft)).toThrow(/unique/)
  })
})
