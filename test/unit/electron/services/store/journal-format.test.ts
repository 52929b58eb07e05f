import { describe, expect, it } from 'vitest'
import { encodeHeader, encodeRecord, parseJournal, type JournalRecord } from '../../../../../electron/services/store/journal-format'

const records: JournalRecord[] = [
  { seq: 1, statements: [{ sql: 'INSERT INTO t VALUES (?, ?, ?)', params: ['多行\n文本', 42, null], query: false, failed: false }] },
  { seq: 2, statements: [{ sql: 'UPDATE t SET b = ?', params: [new Uint8Array([0, 10, 255]), Number.POSITIVE_INFINITY], query: true, failed: true }] },
  { seq: 3, statements: [] },
]
const file = Buffer.concat([encodeHeader({ gen: 4, after: 0 }), ...records.map(encodeRecord)])

describe('journal framing', () => {
  it('round-trips header, records and every parameter type', () => {
    const parsed = parseJournal(file)
    expect(parsed.header).toEqual({ gen: 4, after: 0 })
    expect(parsed.records).toEqual(records)
    expect(parsed.damage).toBeUndefined()
    expect(parsed).toMatchObject({ goodBytes: file.length, tornBytes: 0 })
  })

  it('every cut inside the last frame is a torn tail, never damage', () => {
    const lastStart = file.length - encodeRecord(records[2]).length
    for (let cut = lastStart + 1; cut < file.length; cut++) {
      const parsed = parseJournal(file.subarray(0, cut))
      expect(parsed.damage, `cut at ${cut}`).toBeUndefined()
      expect(parsed.records).toHaveLength(2)
      expect(parsed.goodBytes).toBe(lastStart)
      expect(parsed.tornBytes).toBe(cut - lastStart)
    }
  })

  it('a changed byte in an earlier record is damage, whatever follows', () => {
    const headerLength = encodeHeader({ gen: 4, after: 0 }).length
    for (const offset of [headerLength + 2, headerLength + 30, file.length - 40]) {
      const copy = Buffer.from(file)
      copy[offset] = (copy[offset] ?? 0) ^ 0x01
      const parsed = parseJournal(copy)
      expect(parsed.damage, `flip at ${offset}`).toBeDefined()
      expect(parsed.goodBytes).toBeLessThanOrEqual(offset)
    }
  })

  it('a length grown past the end is damage when complete frames follow (not a torn tail to drop)', () => {
    const text = file.toString('latin1')
    const headerLength = encodeHeader({ gen: 4, after: 0 }).length
    const firstLength = text.slice(headerLength).split(' ')[0] ?? ''
    const grown = Buffer.from(text.slice(0, headerLength) + `9${firstLength}` + text.slice(headerLength + firstLength.length), 'latin1')
    expect(parseJournal(grown).damage).toBeDefined()
  })

  it('zeros after the last frame are a torn tail; zeros followed by data are damage', () => {
    const zeros = parseJournal(Buffer.concat([file, Buffer.alloc(64)]))
    expect(zeros.damage).toBeUndefined()
    expect(zeros.tornBytes).toBe(64)
    expect(parseJournal(Buffer.concat([file, Buffer.alloc(8), Buffer.from('x\n')])).damage).toBeDefined()
  })

  it('a file without a header frame reports damage at offset 0', () => {
    expect(parseJournal(encodeRecord(records[0])).damage?.offset).toBe(0)
  })
})
