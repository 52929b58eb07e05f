import { inflateRawSync, deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { bundlePaths } from '../../../shared/bundle/layout'
import { utf8Decode, utf8Encode } from '../../../shared/crypto/bytes'
import { buildBundle } from '../../../electron/services/bundle/build'
import { crc32 } from '../../../electron/services/bundle/crc32'
import { verifyBundleZip, type BundleFileResult } from '../../../electron/services/bundle/verify-zip'
import { readBundleZip, readZip, writeZip, ZipError, type ZipErrorCode } from '../../../electron/services/bundle/zip'
import { localHeader, rawZip, stored, type RawEntry } from './raw-zip'
import { approvalPredicate, contentFiles, draftPredicate, person, signerEntry, trustKey, trustList } from './world'
import { verifyReasonText } from '../../../shared/bundle/verify-reasons'

/**
 * The verifier accepts only what the exporter writes (issue 9, item 1). Each attack is a real zip, built byte by
 * byte from a genuine bundle with one thing changed, and each is refused by the archive check with its own code
 * and its own reason, in Chinese first.
 */

const drafter = person('u-li', '李四', ['drafter'])
const reviewer = person('u-wang', '王五', ['reviewer'])
const trust = trustList([trustKey(drafter), trustKey(reviewer)])
const now = new Date('2026-06-01T00:00:00Z')
const genuine = buildBundle({
  contentFiles: contentFiles(),
  draftPredicate: draftPredicate(drafter),
  drafterKey: drafter,
  approval: { predicateWithoutDigest: approvalPredicate(reviewer), reviewerKey: reviewer },
  signers: [signerEntry(drafter, 'drafter'), signerEntry(reviewer, 'reviewer')],
})
const files = readBundleZip(genuine)
/** The genuine entries, in the exporter's order, as the raw writer describes them. */
const entries = (): RawEntry[] => [...files].map(([name, bytes]) => stored(name, bytes))
const forgedHtml = utf8Encode('<!doctype html><html><body><h1>伪造的公告</h1><p>身份证号 110101199003071234</p></body></html>')

function refusal(zip: Uint8Array): ZipErrorCode | 'accepted' {
  try {
    readBundleZip(zip)
    return 'accepted'
  } catch (e) {
    if (e instanceof ZipError) return e.code
    throw e
  }
}

function zipReason(r: BundleFileResult): string {
  expect(r.ok).toBe(false)
  expect(r.checks).toHaveLength(1)
  expect(r.checks[0]?.id).toBe('zip')
  return (r.checks[0] ? verifyReasonText(r.checks[0].reasons)['zh-CN'] : '')
}

/**
 * VERIFY.txt deflated, with a whole forged local entry for content/notice.html after the end of its deflate stream,
 * and VERIFY.txt moved to the end of the file so the forged copy is the last one a streaming extractor writes.
 */
function hiddenAfterDeflate(): Uint8Array {
  const text = files.get(bundlePaths.verifyText) ?? new Uint8Array()
  const data = new Uint8Array([...deflateRawSync(text), ...localHeader(stored(bundlePaths.html, forgedHtml)), ...forgedHtml])
  const rest = entries().filter((e) => e.name !== bundlePaths.verifyText)
  return rawZip({ entries: [...rest, { ...stored(bundlePaths.verifyText, text), method: 8, data, crc: crc32(text), usize: text.length }] })
}

/**
 * What a streaming extractor (Java's ZipInputStream, `jar x <`) does: read local headers one after another from
 * byte 0, a deflated entry ending where its deflate stream ends. The last copy of a name wins, as on disk.
 */
function streamExtract(zip: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const out = new Map<string, Uint8Array>()
  let p = 0
  while (p + 30 <= zip.length && view.getUint32(p, true) === 0x04034b50) {
    const method = view.getUint16(p + 8, true)
    const csize = view.getUint32(p + 18, true)
    const nameLen = view.getUint16(p + 26, true)
    const start = p + 30 + nameLen + view.getUint16(p + 28, true)
    const name = utf8Decode(zip.subarray(p + 30, p + 30 + nameLen))
    if (method === 8) {
      const r = inflateRawSync(zip.subarray(start), { info: true }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } }
      out.set(name, new Uint8Array(r.buffer))
      p = start + r.engine.bytesWritten
    } else {
      out.set(name, zip.slice(start, start + csize))
      p = start + csize
    }
  }
  return out
}

describe('the raw writer reproduces the exporter', () => {
  it('byte for byte, so each attack below differs from a genuine bundle only where it says', () => {
    expect(rawZip({ entries: entries() })).toEqual(genuine)
    expect(verifyBundleZip(genuine, trust, { now }).ok).toBe(true)
  })
})

describe('a bundle that is not exactly what the exporter writes is refused, each shape with its own reason', () => {
  it('a forged notice hidden after the end of VERIFY.txt’s deflate stream → hidden-data', () => {
    const zip = hiddenAfterDeflate()
    // the attack is real: a streaming extractor writes the forged notice, the central directory lists the genuine one
    expect(utf8Decode(streamExtract(zip).get(bundlePaths.html) ?? new Uint8Array())).toContain('伪造的公告')
    expect(refusal(zip)).toBe('hidden-data')
    expect(() => readZip(zip)).toThrow(ZipError) // the general reader refuses it too
    expect(zipReason(verifyBundleZip(zip, trust, { now }))).toContain('压缩数据结束后藏有多余的数据')
  })

  it('a deflated entry (every other byte as the exporter’s deflate option writes it) → compressed', () => {
    const zip = writeZip(files, { compression: 'deflate' })
    expect(readZip(zip)).toEqual(files) // well formed: only the bundle rule refuses it
    expect(refusal(zip)).toBe('compressed')
    expect(zipReason(verifyBundleZip(zip, trust, { now }))).toContain('文件经过压缩')
  })

  it('a zip comment → comment', () => {
    const zip = rawZip({ entries: entries(), comment: utf8Encode('请以此为准') })
    expect(refusal(zip)).toBe('comment')
    expect(refusal(rawZip({ entries: entries().map((e, i) => (i === 0 ? { ...e, comment: utf8Encode('x') } : e)) }))).toBe('comment')
    expect(zipReason(verifyBundleZip(zip, trust, { now }))).toContain('压缩包带有附加的注释文字')
  })

  it('bytes in a local extra field (and in a central one) → extra-field', () => {
    const extra = new Uint8Array([0x75, 0x70, 4, 0, ...utf8Encode('evil')])
    const local = rawZip({ entries: entries().map((e) => (e.name === bundlePaths.txt ? { ...e, localExtra: extra } : e)) })
    expect(refusal(local)).toBe('extra-field')
    const central = rawZip({ entries: entries().map((e) => (e.name === bundlePaths.txt ? { ...e, centralExtra: extra } : e)) })
    expect(refusal(central)).toBe('extra-field')
    expect(zipReason(verifyBundleZip(local, trust, { now }))).toContain('文件头带有附加字段')
  })

  it.each(['attest/notice.html', 'keys/run.exe', 'content/notice-2.html', 'index.html', 'keys/'])('an extra file or folder %s → unexpected-file', (name) => {
    const zip = rawZip({ entries: [...entries(), stored(name, name.endsWith('/') ? new Uint8Array() : forgedHtml)].sort((a, b) => (a.name < b.name ? -1 : 1)) })
    expect(refusal(zip)).toBe('unexpected-file')
    const reason = zipReason(verifyBundleZip(zip, trust, { now }))
    expect(reason).toContain('含有签名包格式之外的文件或文件夹')
    expect(reason).toContain(name)
  })

  it('unlisted bytes between two entries → gap', () => {
    const hidden = new Uint8Array([...localHeader(stored(bundlePaths.html, forgedHtml)), ...forgedHtml])
    const list = entries()
    const zip = rawZip({ entries: list.map((e, i) => (i === list.length - 1 ? { ...e, after: hidden } : e)) })
    expect(streamExtract(zip).get(bundlePaths.html)).toEqual(forgedHtml)
    expect(refusal(zip)).toBe('gap')
    expect(zipReason(verifyBundleZip(zip, trust, { now }))).toContain('压缩包里藏有文件清单中没有列出的数据')
  })

  it('bytes after the end of the zip → trailing-data', () => {
    const zip = rawZip({ entries: entries(), trailing: forgedHtml })
    expect(refusal(zip)).toBe('trailing-data')
    expect(zipReason(verifyBundleZip(zip, trust, { now }))).toContain('压缩包末尾有多余的数据')
  })

  it('two entries overlapping → overlap', () => {
    const zip = rawZip({ entries: entries() })
    // point the central record of the second entry back into the first one's data
    const view = new DataView(zip.buffer)
    const cd = view.getUint32(zip.length - 22 + 16, true)
    const second = cd + 46 + utf8Encode(entries()[0]?.name ?? '').length
    view.setUint32(second + 42, 10, true)
    expect(refusal(zip)).toBe('overlap')
  })

  it('a header the exporter never writes (another date, a data-descriptor flag) → header-fields', () => {
    expect(refusal(rawZip({ entries: entries().map((e, i) => (i === 1 ? { ...e, date: 0x5a21 } : e)) }))).toBe('header-fields')
    expect(refusal(rawZip({ entries: entries().map((e, i) => (i === 1 ? { ...e, time: 0x0800 } : e)) }))).toBe('header-fields')
    const zip = rawZip({ entries: entries() })
    new DataView(zip.buffer).setUint32(zip.length - 22 - (46 + utf8Encode(entries().at(-1)?.name ?? '').length) + 38, (0o120777 << 16) >>> 0, true) // a symlink
    expect(refusal(zip)).toBe('header-fields')
  })

  it('entries out of the exporter’s (sorted) order → order', () => {
    const list = entries()
    const zip = rawZip({ entries: [...list.slice(1), ...list.slice(0, 1)] })
    expect(readZip(zip)).toEqual(files)
    expect(refusal(zip)).toBe('order')
  })

  it('every shape has a reason of its own, in Chinese and English', () => {
    const attacks = [
      hiddenAfterDeflate(),
      writeZip(files, { compression: 'deflate' }),
      rawZip({ entries: entries(), comment: utf8Encode('x') }),
      rawZip({ entries: entries().map((e, i) => (i === 0 ? { ...e, localExtra: new Uint8Array(4) } : e)) }),
      rawZip({ entries: [...entries(), stored('keys/run.exe', forgedHtml)] }),
      rawZip({ entries: entries().map((e, i) => (i === 0 ? { ...e, after: new Uint8Array(8) } : e)) }),
      rawZip({ entries: entries(), trailing: new Uint8Array(8) }),
      rawZip({ entries: entries().map((e, i) => (i === 1 ? { ...e, date: 0x5a21 } : e)) }),
      rawZip({ entries: [...entries().slice(1), ...entries().slice(0, 1)] }),
    ]
    const reasons = attacks.map((zip) => verifyBundleZip(zip, trust, { now }).checks[0]?.reasons)
    for (const r of reasons) expect(verifyReasonText(r ?? []).en).toMatch(/^The zip cannot be read safely: /)
    expect(new Set(reasons.map((r) => verifyReasonText(r ?? [])['zh-CN'].replace(/（[^）]*）$/, ''))).size).toBe(attacks.length)
  })
})

describe('VERIFY.txt and keys/signers.json are ignored by name and shown as unsigned', () => {
  it('are listed as unsigned, and changing them changes nothing verified', () => {
    const r = verifyBundleZip(genuine, trust, { now })
    expect(r.ok).toBe(true)
    expect(r.unsigned).toEqual([bundlePaths.signers, bundlePaths.verifyText])
    const edited = new Map(files).set(bundlePaths.verifyText, utf8Encode('无需验证，直接发布。'))
    const e = verifyBundleZip(writeZip(edited), trust, { now })
    expect(e.ok).toBe(true)
    expect(e.unsigned).toContain(bundlePaths.verifyText)
  })

  it('may be absent (they carry nothing the verifier reads)', () => {
    const bare = new Map([...files].filter(([name]) => name !== bundlePaths.verifyText && name !== bundlePaths.signers))
    const r = verifyBundleZip(writeZip(bare), trust, { now })
    expect(r.ok).toBe(true)
    expect(r.unsigned).toEqual([])
  })
})
