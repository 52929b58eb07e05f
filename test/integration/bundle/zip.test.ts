import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { utf8Encode } from '../../../shared/crypto/bytes'
import { readZip, writeZip, ZipError, type ZipErrorCode } from '../../../electron/services/bundle/zip'
import { tempDir } from '../../support/temp-dir'

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/bundle')
const has = (cmd: string, args: string[]): boolean => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0
const hasZip = has('zip', ['-v'])
const hasPython = has('python3', ['-c', 'import zipfile'])

const notice = new Map([
  ['content/notice.html', utf8Encode('<p>公示</p>\n')],
  ['content/notice.txt', utf8Encode('公示\n'.repeat(200))],
  ['report/redaction.json', utf8Encode('{"findings":[]}')],
])

/** Offsets of each central header and its local header, parsed the simple way (our writer's output only). */
function layout(zip: Uint8Array): { eocd: number; cdOffset: number; entries: { central: number; local: number; nameLen: number }[] } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const eocd = zip.length - 22
  const count = view.getUint16(eocd + 10, true)
  const cdOffset = view.getUint32(eocd + 16, true)
  const entries = []
  let p = cdOffset
  for (let i = 0; i < count; i++) {
    const nameLen = view.getUint16(p + 28, true)
    entries.push({ central: p, local: view.getUint32(p + 42, true), nameLen })
    p += 46 + nameLen + view.getUint16(p + 30, true) + view.getUint16(p + 32, true)
  }
  return { eocd, cdOffset, entries }
}

/** Writes `text` over the entry's name in both headers (same length). */
function rename(zip: Uint8Array, index: number, text: string): Uint8Array {
  const out = zip.slice()
  const e = layout(out).entries[index]
  const name = utf8Encode(text)
  expect(name.length).toBe(e.nameLen)
  out.set(name, e.central + 46)
  out.set(name, e.local + 30)
  return out
}

function patch16(zip: Uint8Array, at: number, value: number): Uint8Array {
  const out = zip.slice()
  new DataView(out.buffer).setUint16(at, value, true)
  return out
}

function patch32(zip: Uint8Array, at: number, value: number): Uint8Array {
  const out = zip.slice()
  new DataView(out.buffer).setUint32(at, value, true)
  return out
}

function refusal(zip: Uint8Array, limits?: Parameters<typeof readZip>[1]): ZipErrorCode | 'accepted' {
  try {
    readZip(zip, limits)
    return 'accepted'
  } catch (e) {
    if (e instanceof ZipError) return e.code
    throw e
  }
}

describe('writeZip', () => {
  it('writes the same bytes for the same files, whatever the insertion order', () => {
    const a = writeZip(notice)
    const b = writeZip(new Map([...notice].reverse()))
    expect(b).toEqual(a)
    expect(writeZip(notice, { compression: 'deflate' })).toEqual(writeZip(notice, { compression: 'deflate' }))
  })

  it('sorts entries, dates them 1980-01-01 00:00, sets the UTF-8 flag, no extras or comments, fixed mode', () => {
    const zip = writeZip(new Map([['b.txt', utf8Encode('b')], ['a.txt', utf8Encode('a')]]))
    const view = new DataView(zip.buffer)
    const { entries, eocd } = layout(zip)
    expect(entries.map((e) => new TextDecoder().decode(zip.subarray(e.central + 46, e.central + 46 + e.nameLen)))).toEqual(['a.txt', 'b.txt'])
    for (const e of entries) {
      expect(view.getUint16(e.local + 6, true)).toBe(0x0800)
      expect(view.getUint16(e.local + 10, true)).toBe(0) // time 00:00:00
      expect(view.getUint16(e.local + 12, true)).toBe(0x21) // 1980-01-01
      expect(view.getUint16(e.local + 28, true)).toBe(0) // no extra
      expect(view.getUint16(e.central + 30, true)).toBe(0)
      expect(view.getUint16(e.central + 32, true)).toBe(0) // no comment
      expect(view.getUint32(e.central + 38, true)).toBe((0o100644 << 16) >>> 0)
    }
    expect(view.getUint16(eocd + 20, true)).toBe(0)
  })

  it('round-trips stored and deflated entries, empty and Chinese-named files included', () => {
    const files = new Map([...notice, ['content/附件 一.txt', utf8Encode('附件')], ['report/empty.json', new Uint8Array(0)]])
    expect(readZip(writeZip(files))).toEqual(files)
    const deflated = writeZip(files, { compression: 'deflate' })
    expect(deflated.length).toBeLessThan(writeZip(files).length)
    expect(readZip(deflated)).toEqual(files)
  })

  it('refuses unsafe names', () => {
    for (const name of ['../x', '/abs', 'a\\b', 'a//b', '']) expect(() => writeZip(new Map([[name, new Uint8Array(1)]]))).toThrow(/unsafe/)
  })

  it('is readable by Info-ZIP unzip and Python zipfile', ({ skip }) => {
    skip(!has('unzip', ['-v']) || !hasPython, 'unzip or python3 is not installed')
    const dir = tempDir()
    const file = path.join(dir, 'b.zip')
    fs.writeFileSync(file, writeZip(notice, { compression: 'deflate' }))
    expect(execFileSync('unzip', ['-t', file]).toString()).toContain('No errors detected')
    const py = execFileSync('python3', ['-c', 'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); print(z.testzip(), sorted(z.namelist()))', file]).toString()
    expect(py.trim()).toBe("None ['content/notice.html', 'content/notice.txt', 'report/redaction.json']")
  })
})

describe('readZip accepts what real zip writers make', () => {
  it.each(['info-zip.zip', 'info-zip-stream.zip', 'python-stream.zip'])('reads the fixture %s (directories dropped)', (name) => {
    expect(readZip(new Uint8Array(fs.readFileSync(path.join(fixtures, name))))).toEqual(notice)
  })

  it('reads zips made here and now by `zip -r` and `python3 -m zipfile -c`', ({ skip }) => {
    skip(!hasZip || !hasPython, 'zip or python3 is not installed')
    const dir = tempDir()
    for (const [name, bytes] of notice) {
      fs.mkdirSync(path.join(dir, 'src', path.dirname(name)), { recursive: true })
      fs.writeFileSync(path.join(dir, 'src', name), bytes)
    }
    const src = path.join(dir, 'src')
    execFileSync('zip', ['-q', '-r', path.join(dir, 'info.zip'), 'content', 'report'], { cwd: src })
    execFileSync('python3', ['-m', 'zipfile', '-c', path.join(dir, 'py.zip'), 'content', 'report'], { cwd: src })
    for (const z of ['info.zip', 'py.zip']) expect(readZip(new Uint8Array(fs.readFileSync(path.join(dir, z))))).toEqual(notice)
  })
})

describe('readZip refuses', () => {
  const two = writeZip(new Map([['aa/evil.txt', utf8Encode('x')], ['b.txt', utf8Encode('y')]]))

  it.each([
    ['a parent-directory path', '../evil.txt'],
    ['an absolute path', '/a/evil.txt'],
    ['a backslash path', 'aa\\evil.txt'],
    ['a drive letter', 'C:/evil.txt'],
    ['a control character', 'aa/evil\u0007txt'],
  ])('%s', (_name, text) => {
    expect(refusal(rename(two, 0, text))).toBe('bad-name')
  })

  it('a duplicate name, also one differing only in case, and a file used as a folder', () => {
    const zip = writeZip(new Map([['a.txt', utf8Encode('1')], ['b.txt', utf8Encode('2')]]))
    expect(refusal(rename(zip, 1, 'a.txt'))).toBe('duplicate-name')
    expect(refusal(rename(zip, 1, 'A.txt'))).toBe('duplicate-name')
    expect(refusal(writeZip(new Map([['x', utf8Encode('1')], ['x/y', utf8Encode('2')]])))).toBe('duplicate-name')
  })

  it('names that one normalising file system would merge (é composed and decomposed)', () => {
    expect(refusal(writeZip(new Map([['caf\u00e9.txt', utf8Encode('1')], ['cafe\u0301.txt', utf8Encode('2')]])))).toBe('duplicate-name')
  })

  it('a directory entry that carries data', () => {
    const zip = writeZip(new Map([['dira', utf8Encode('hidden')]]))
    expect(refusal(rename(zip, 0, 'dir/'))).toBe('structure')
  })

  it('a non-ASCII name without the UTF-8 flag (its code page is unknown)', () => {
    const zip = writeZip(new Map([['公示.txt', utf8Encode('1')]]))
    const { entries } = layout(zip)
    expect(refusal(patch16(patch16(zip, entries[0].local + 6, 0), entries[0].central + 8, 0))).toBe('bad-name')
  })

  it('an encrypted entry', () => {
    const { entries } = layout(two)
    expect(refusal(patch16(patch16(two, entries[0].local + 6, 0x0801), entries[0].central + 8, 0x0801))).toBe('encrypted')
  })

  it('an unknown compression method', () => {
    expect(refusal(patch16(two, layout(two).entries[0].central + 10, 12))).toBe('unsupported-method')
  })

  it('a CRC mismatch', () => {
    const zip = two.slice()
    zip[layout(zip).entries[0].local + 30 + 11] ^= 1
    expect(refusal(zip)).toBe('crc')
  })

  it('a local header that disagrees with the central directory', () => {
    const zip = two.slice()
    zip[layout(zip).entries[0].local + 30] = 'b'.charCodeAt(0)
    expect(refusal(zip)).toBe('header-mismatch')
  })

  it('a data descriptor that disagrees with the central directory', () => {
    const zip = new Uint8Array(fs.readFileSync(path.join(fixtures, 'python-stream.zip')))
    const at = Buffer.from(zip).indexOf(Buffer.from([0x50, 0x4b, 0x07, 0x08]))
    expect(refusal(patch32(zip, at + 4, 0xdeadbeef))).toBe('descriptor-mismatch')
  })

  it('an entry hidden from the central directory (a streaming extractor would still see it)', () => {
    const { entries, eocd, cdOffset } = layout(two)
    const first = two.subarray(entries[0].central, entries[1].central)
    const end = two.slice(eocd)
    const v = new DataView(end.buffer)
    v.setUint16(8, 1, true)
    v.setUint16(10, 1, true)
    v.setUint32(12, first.length, true)
    const hidden = new Uint8Array([...two.subarray(0, cdOffset), ...first, ...end])
    expect(refusal(hidden)).toBe('gap')
  })

  it('unlisted bytes between two entries (room for data only some extractors see)', () => {
    const { entries, eocd } = layout(two)
    const gap = entries[1].local
    let zip: Uint8Array = new Uint8Array([...two.subarray(0, gap), 0x50, 0x4b, 0x00, 0x00, ...two.subarray(gap)])
    const shifted = (at: number): number => (at >= gap ? at + 4 : at)
    zip = patch32(zip, shifted(entries[1].central) + 42, gap + 4)
    zip = patch32(zip, shifted(eocd) + 16, new DataView(two.buffer).getUint32(eocd + 16, true) + 4)
    expect(refusal(zip)).toBe('gap')
  })

  it('bytes before the first entry, and bytes after the end record', () => {
    expect(refusal(new Uint8Array([0, ...two]))).toBe('structure')
    expect(refusal(new Uint8Array([...two, 0]))).toBe('trailing-data')
  })

  it('what is not a zip, zip64, or multi-disk', () => {
    expect(refusal(utf8Encode('PK not really'))).toBe('not-zip')
    expect(refusal(new Uint8Array(4096))).toBe('not-zip')
    const { eocd } = layout(two)
    expect(refusal(patch16(patch16(two, eocd + 8, 0xffff), eocd + 10, 0xffff))).toBe('zip64')
    expect(refusal(patch16(two, eocd + 4, 1))).toBe('multi-disk')
  })

  it('a zip bomb: an entry expanding more than 100:1', () => {
    const bomb = writeZip(new Map([['content/zeros.txt', new Uint8Array(5 * 1024 * 1024)]]), { compression: 'deflate' })
    expect(bomb.length).toBeLessThan(20_000)
    expect(refusal(bomb)).toBe('ratio')
  })

  it('more than 200 MB uncompressed in all, judged on the declared sizes before inflating anything', () => {
    const zip = writeZip(new Map([['content/a.txt', new Uint8Array(300_000).fill(65)]]), { compression: 'deflate' })
    const e = layout(zip).entries[0]
    expect(refusal(patch32(patch32(zip, e.central + 24, 201 * 1024 * 1024), e.local + 22, 201 * 1024 * 1024))).toBe('too-large')
    const many = writeZip(new Map([['a', new Uint8Array(600)], ['b', new Uint8Array(600)]]))
    expect(refusal(many, { maxTotalBytes: 1000 })).toBe('too-large')
    expect(refusal(many, { maxEntries: 1 })).toBe('too-many-entries')
  })

  it('compressed data that inflates to more or less than declared', () => {
    const zip = writeZip(new Map([['content/a.txt', new Uint8Array(3000).fill(65)]]), { compression: 'deflate' })
    const e = layout(zip).entries[0]
    const lie = (n: number): Uint8Array => patch32(patch32(zip, e.central + 24, n), e.local + 22, n)
    expect(refusal(lie(2999))).toBe('bad-data')
    expect(refusal(lie(3001))).toBe('bad-data')
  })
})
