import { createHash } from 'node:crypto'
import type { SqlValue } from './types'

/**
 * Journal framing. Each frame is one line: `<byte length> <16 hex of sha256> <json>\n`. JSON never holds a
 * raw newline, so a crash mid-append leaves a tail with no newline at all — the one shape we may drop as
 * "torn". Anything else that fails to parse is damage, which is never silently dropped.
 *
 * The first frame of a file is its header, naming the generation and the last record sequence number
 * before it, so a missing or truncated neighbour is detected even when this file holds no records.
 */
export type JournalStatement = {
  sql: string
  params: readonly SqlValue[]
  /** Read through all()/get(): replay steps it the same way. */
  query: boolean
  /** Threw when first run (and the caller caught it): replay runs it and expects the same error. */
  failed: boolean
}
export type JournalRecord = { seq: number; statements: readonly JournalStatement[] }
export type JournalHeader = { gen: number; after: number }

type EncodedParam = string | number | null | { b: string } | { n: string }
type EncodedStatement = [string, EncodedParam[]] | [string, EncodedParam[], number]
const QUERY = 1
const FAILED = 2

function encodeParam(value: SqlValue): EncodedParam {
  if (value instanceof Uint8Array) return { b: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') }
  if (typeof value === 'number' && !Number.isFinite(value)) return { n: String(value) }
  return value
}

function decodeParam(value: unknown): SqlValue {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value
  if (typeof value === 'object') {
    const tagged = value as { b?: unknown; n?: unknown }
    if (typeof tagged.b === 'string') return new Uint8Array(Buffer.from(tagged.b, 'base64'))
    if (tagged.n === 'NaN' || tagged.n === 'Infinity' || tagged.n === '-Infinity') return Number(tagged.n)
  }
  throw new Error('bad parameter')
}

/** Encodes parameters at the call, so later mutation of the caller's arrays cannot change the journal. */
export function snapshotParams(params: readonly SqlValue[]): SqlValue[] {
  return params.map((value) => (value instanceof Uint8Array ? value.slice() : value))
}

function frame(json: string): Buffer {
  const body = Buffer.from(json, 'utf8')
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16)
  return Buffer.concat([Buffer.from(`${body.length} ${hash} `, 'latin1'), body, Buffer.from('\n', 'latin1')])
}

export function encodeHeader(header: JournalHeader): Buffer {
  return frame(JSON.stringify({ journal: 1, gen: header.gen, after: header.after }))
}

export function encodeRecord(record: JournalRecord): Buffer {
  const q: EncodedStatement[] = record.statements.map((s) => {
    const flags = (s.query ? QUERY : 0) | (s.failed ? FAILED : 0)
    const params = s.params.map(encodeParam)
    return flags === 0 ? [s.sql, params] : [s.sql, params, flags]
  })
  return frame(JSON.stringify({ s: record.seq, q }))
}

function decodeRecord(value: unknown): JournalRecord {
  const raw = value as { s?: unknown; q?: unknown }
  if (!Number.isSafeInteger(raw.s) || (raw.s as number) < 1 || !Array.isArray(raw.q)) throw new Error('bad record')
  const statements = raw.q.map((item: unknown): JournalStatement => {
    if (!Array.isArray(item)) throw new Error('bad statement')
    const fields: unknown[] = item
    const [sql, params, rawFlags] = fields
    const flags = rawFlags === undefined ? 0 : rawFlags
    if (typeof sql !== 'string' || !Array.isArray(params) || typeof flags !== 'number') throw new Error('bad statement')
    return { sql, params: params.map(decodeParam), query: (flags & QUERY) !== 0, failed: (flags & FAILED) !== 0 }
  })
  return { seq: raw.s as number, statements }
}

function decodeHeader(value: unknown): JournalHeader {
  const raw = value as { journal?: unknown; gen?: unknown; after?: unknown }
  if (raw.journal !== 1 || !Number.isSafeInteger(raw.gen) || !Number.isSafeInteger(raw.after)) throw new Error('bad header')
  return { gen: raw.gen as number, after: raw.after as number }
}

/** What a journal file held. `goodBytes` ends the last frame that parsed; only that prefix may be kept. */
export type ParsedJournal = {
  header?: JournalHeader
  records: JournalRecord[]
  goodBytes: number
  /** Bytes after `goodBytes` shaped like an interrupted append (no newline, a frame prefix, or zeros). */
  tornBytes: number
  /** Bytes after `goodBytes` that are not an interrupted append: unreadable records. */
  damage?: { offset: number; problem: string }
}

const SPACE = 0x20
const NEWLINE = 0x0a
const isDigit = (byte: number | undefined): boolean => byte !== undefined && byte >= 0x30 && byte <= 0x39
const isHex = (byte: number | undefined): boolean => isDigit(byte) || (byte !== undefined && byte >= 0x61 && byte <= 0x66)

type FrameResult = { kind: 'ok'; json: unknown; next: number } | { kind: 'incomplete' } | { kind: 'bad'; problem: string }

function readFrame(bytes: Uint8Array, pos: number): FrameResult {
  let i = pos
  while (i < bytes.length && isDigit(bytes[i]) && i - pos < 10) i++
  if (i === bytes.length) return { kind: 'incomplete' }
  if (i === pos || bytes[i] !== SPACE) return { kind: 'bad', problem: 'frame does not start with a length' }
  const length = Number(Buffer.from(bytes.subarray(pos, i)).toString('latin1'))
  let j = i + 1
  while (j < bytes.length && isHex(bytes[j]) && j - i - 1 < 16) j++
  if (j === bytes.length) return { kind: 'incomplete' }
  if (j - i - 1 !== 16 || bytes[j] !== SPACE) return { kind: 'bad', problem: 'frame has no checksum' }
  const start = j + 1
  const end = start + length
  if (end >= bytes.length) return { kind: 'incomplete' }
  if (bytes[end] !== NEWLINE) return { kind: 'bad', problem: 'frame length does not match its end' }
  const body = bytes.subarray(start, end)
  const expected = Buffer.from(bytes.subarray(j - 16, j)).toString('latin1')
  if (createHash('sha256').update(body).digest('hex').slice(0, 16) !== expected) return { kind: 'bad', problem: 'checksum mismatch' }
  try {
    return { kind: 'ok', json: JSON.parse(Buffer.from(body).toString('utf8')), next: end + 1 }
  } catch {
    return { kind: 'bad', problem: 'frame is not JSON' }
  }
}

/** A tail the writer could have left when killed: no newline anywhere in it, and a frame prefix or zeros. */
function isTornTail(bytes: Uint8Array, pos: number, frameResult: FrameResult): boolean {
  if (bytes.indexOf(NEWLINE, pos) !== -1) return false
  return frameResult.kind === 'incomplete' || bytes.subarray(pos).every((byte) => byte === 0)
}

export function parseJournal(bytes: Uint8Array): ParsedJournal {
  const parsed: ParsedJournal = { records: [], goodBytes: 0, tornBytes: 0 }
  let pos = 0
  while (pos < bytes.length) {
    const result = readFrame(bytes, pos)
    if (result.kind !== 'ok') {
      if (isTornTail(bytes, pos, result)) parsed.tornBytes = bytes.length - pos
      else parsed.damage = { offset: pos, problem: result.kind === 'bad' ? result.problem : 'frame is cut short' }
      return parsed
    }
    try {
      if (pos === 0) parsed.header = decodeHeader(result.json)
      else parsed.records.push(decodeRecord(result.json))
    } catch {
      parsed.damage = { offset: pos, problem: pos === 0 ? 'no valid journal header' : 'record has an unexpected shape' }
      return parsed
    }
    pos = result.next
    parsed.goodBytes = pos
  }
  return parsed
}
