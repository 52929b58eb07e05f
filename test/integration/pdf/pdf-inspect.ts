// Reads what a PDF says about its fonts and structure, with the same small parser the sanitiser uses.
import { entry, latin1, objectDict, objectValue, readXref, refNumber, skipObject, valueOf, type Dict } from '../../../electron/services/pdf/pdf-syntax'

export type FontInfo = {
  subtype: string
  /** /FontName of the descriptor, e.g. AAAAAA+NotoSerifCJKsc-Regular */
  name: string | undefined
  /** how the glyphs travel with the file: Type3 glyph procedures, or the font program's stream key */
  program: 'CharProcs' | 'FontFile' | 'FontFile2' | 'FontFile3' | undefined
}

function name(text: string, dict: Dict, key: string): string | undefined {
  const e = entry(dict, key)
  return e ? valueOf(text, e).replace(/^\//, '').trim() : undefined
}

/** Every font dictionary in the file with its name and where its glyphs are. */
export function fonts(bytes: Uint8Array): FontInfo[] {
  const text = latin1(bytes)
  const xref = readXref(text)
  const dictOf = (value: string | undefined): Dict | undefined => {
    const num = value === undefined ? undefined : refNumber(value)
    return num === undefined ? undefined : objectDict(text, xref, num)
  }
  const out: FontInfo[] = []
  for (const num of xref.offsets.keys()) {
    const dict = objectDict(text, xref, num)
    if (!dict || name(text, dict, 'Type') !== 'Font') continue
    const subtype = name(text, dict, 'Subtype') ?? '?'
    if (subtype.startsWith('CIDFontType')) continue // reported through their Type0 parent
    let described = dict
    if (subtype === 'Type0') {
      const kids = entry(dict, 'DescendantFonts')
      const kid = kids ? /(\d+\s+\d+\s+R)/.exec(valueOf(text, kids))?.[1] : undefined
      described = dictOf(kid) ?? dict
    }
    const descriptorEntry = entry(described, 'FontDescriptor')
    const descriptor = descriptorEntry ? dictOf(valueOf(text, descriptorEntry)) : undefined
    const fontFile = descriptor && (['FontFile', 'FontFile2', 'FontFile3'] as const).find((key) => entry(descriptor, key))
    out.push({
      subtype,
      name: descriptor ? name(text, descriptor, 'FontName') : undefined,
      program: subtype === 'Type3' ? (entry(dict, 'CharProcs') ? 'CharProcs' : undefined) : fontFile,
    })
  }
  return out
}

/** The number of page objects in the file. */
export function pageCount(bytes: Uint8Array): number {
  return (latin1(bytes).match(/\/Type \/Page\b/g) ?? []).length
}

/** Where the Info dictionary's object sits in the file: [start, end) of its value. */
export function infoSpan(bytes: Uint8Array): { start: number; end: number } {
  const text = latin1(bytes)
  const xref = readXref(text)
  const info = entry(xref.trailer, 'Info')
  const num = info ? refNumber(valueOf(text, info)) : undefined
  if (num === undefined) throw new Error('no Info object')
  const start = objectValue(text, xref, num)
  return { start, end: skipObject(text, start) }
}
