// Seeded mutation fuzzing: real files with bytes flipped, cut, duplicated, zeroed or spliced. Each input
// either imports or fails with ImportError — never hangs, never throws anything else, never takes long.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ImportError } from '../../../shared/import/index'
import { documentText } from '../../../shared/import/index'
import { importBytes } from '../../../electron/services/import/index'
import { defaultImportLimits } from '../../../electron/services/import/limits'
import { PackageZip } from '../../../electron/services/import/zip'
import { writeZip } from '../../../electron/services/bundle/zip-write'

const fixture = (name: string): Uint8Array => fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/import', name))

/** mulberry32: small, seeded, good enough to pick mutations reproducibly. */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function mutate(input: Uint8Array, random: () => number): Uint8Array {
  const int = (n: number): number => Math.floor(random() * n)
  const b = Uint8Array.from(input)
  switch (int(6)) {
    case 0: {
      for (let k = 1 + int(16); k > 0; k--) b[int(b.length)] ^= 1 << int(8)
      return b
    }
    case 1:
      return b.subarray(0, int(b.length))
    case 2: {
      const at = int(b.length)
      b.fill(0, at, Math.min(b.length, at + 1 + int(256)))
      return b
    }
    case 3: {
      const at = int(b.length)
      const len = 1 + int(512)
      return Uint8Array.from([...b.subarray(0, at), ...b.subarray(at, at + len), ...b.subarray(at)])
    }
    case 4: {
      for (let k = 1 + int(8); k > 0; k--) b[int(b.length)] = int(256)
      return b
    }
    default: {
      // interesting values where sizes and offsets live
      const at = int(Math.max(1, b.length - 4))
      new DataView(b.buffer).setUint32(at, [0, 0xffffffff, 0x7fffffff, 1, b.length][int(5)], true)
      return b
    }
  }
}

const SEEDS: [string, string][] = [
  ['dibao.xlsx', 'm.xlsx'],
  ['notice.docx', 'm.docx'],
  ['roster-gbk.csv', 'm.csv'],
  ['roster-utf8-bom.csv', 'm.csv'],
]

describe('fuzzed imports', () => {
  it('300 seeded mutations: each imports or fails with ImportError (a hang would hit the test timeout)', async () => {
    const random = rng(20250601)
    const outcomes = new Map<string, number>()
    for (let i = 0; i < 300; i++) {
      const [source, name] = SEEDS[i % SEEDS.length]
      const input = mutate(fixture(source), random)
      let outcome: string
      try {
        const doc = await importBytes(input, name)
        // what imported must also project: the scanner's text and every location
        const view = documentText(doc)
        for (let k = 0; k < view.text.length; k += 97) view.locate(k)
        outcome = 'imported'
      } catch (error) {
        if (!(error instanceof ImportError)) throw new Error(`mutation ${i} of ${source}: ${error instanceof Error ? error.name : typeof error} escaped`, { cause: error })
        expect(error.message.startsWith(`${name}: `)).toBe(true)
        // an internal JavaScript error (TypeError …) mapped to not-recognised would be a bug we hid
        expect(error.detail ?? '', `mutation ${i} of ${source}`).not.toMatch(/^(TypeError|RangeError|ReferenceError)$/)
        outcome = error.code
      }
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1)
    }
    // the fuzzer reaches both sides: some mutations still import, most fail cleanly
    expect(outcomes.get('imported') ?? 0).toBeGreaterThan(0)
    expect([...outcomes.keys()].filter((k) => k !== 'imported').length).toBeGreaterThan(1)
  })

  it('200 mutations of the XML inside the packages (re-zipped, so they reach the parsers): imported or ImportError', async () => {
    const random = rng(11)
    const int = (n: number): number => Math.floor(random() * n)
    const TOKENS = ['<', '>', '&', '"', '</row>', '<row r="0">', 'r="A0"', 'r="XFE1048577"', ' t="s"', '<v>99999</v>', '<v>1e308</v>', '</w:p>', '<w:p>', '<w:tbl>', '<w:tc>', '</w:tbl>', '<w:gridSpan w:val="100000"/>', 'Target="../../../x"', '<mergeCell ref="A1:XFD1048576"/>', '<col min="1" max="16384" hidden="1"/>', 's="999"', '<mc:Fallback>', '&#0;', ']]>', '<?x?>']
    let imported = 0
    for (const [source, name] of [['dibao.xlsx', 'm.xlsx'], ['notice.docx', 'm.docx']] as const) {
      const zip = PackageZip.open(fixture(source), source, defaultImportLimits)
      const parts = new Map<string, Uint8Array>()
      for (const n of zip.names()) parts.set(n, await zip.read(n))
      const names = [...parts.keys()].filter((n) => /\.(xml|rels)$/.test(n))
      for (let i = 0; i < 100; i++) {
        const target = names[int(names.length)]
        let text = new TextDecoder().decode(parts.get(target))
        for (let k = 1 + int(3); k > 0; k--) {
          const at = int(text.length)
          const op = int(3)
          if (op === 0) text = text.slice(0, at) + TOKENS[int(TOKENS.length)] + text.slice(at)
          else if (op === 1) text = text.slice(0, at) + text.slice(at + 1 + int(40))
          else {
            const from = int(text.length)
            text = text.slice(0, at) + text.slice(from, from + int(200)) + text.slice(at)
          }
        }
        const mutated = new Map(parts).set(target, new TextEncoder().encode(text))
        try {
          documentText(await importBytes(writeZip(mutated, { compression: 'deflate' }), name))
          imported++
        } catch (error) {
          if (!(error instanceof ImportError)) throw new Error(`mutation ${i} of ${source}/${target}: ${error instanceof Error ? error.name : typeof error} escaped`, { cause: error })
          expect(error.detail ?? '').not.toMatch(/^(TypeError|RangeError|ReferenceError)$/)
        }
      }
    }
    expect(imported).toBeGreaterThan(0)
  })
})
