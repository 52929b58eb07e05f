import type { Output } from './io'

/**
 * An array whose items are made only while it is written: `writeJson` serialises each item as it comes,
 * so a scan's hundreds of thousands of findings never exist as one string (or, made by a generator, as one
 * array). Iterated once.
 */
export class LazyArray<T> {
  constructor(readonly items: Iterable<T>) {}
}

export function lazyArray<T>(items: Iterable<T>): LazyArray<T> {
  return new LazyArray(items)
}

/** Chunks sent to the output at once: large enough to keep write calls few, small enough to stay cheap. */
const chunkChars = 64 * 1024

/**
 * Writes `value` as one JSON document, exactly the text `JSON.stringify(value, null, 2)` would give with
 * every LazyArray read into an array, but a piece at a time.
 */
export function writeJson(output: Output, value: unknown): void {
  let buffer = ''
  const write = (text: string): void => {
    buffer += text
    if (buffer.length >= chunkChars) flush()
  }
  const flush = (): void => {
    if (!buffer) return
    // out() ends what it writes with a newline when it has none: give it only whole lines
    const cut = buffer.lastIndexOf('\n')
    if (cut < 0) return
    output.out(buffer.slice(0, cut + 1))
    buffer = buffer.slice(cut + 1)
  }
  emit(value, '', write)
  output.out(buffer)
}

function emit(value: unknown, indent: string, write: (text: string) => void): void {
  if (value instanceof LazyArray) {
    const inner = `${indent}  `
    let first = true
    for (const item of value.items as Iterable<unknown>) {
      write(first ? `[\n${inner}` : `,\n${inner}`)
      first = false
      // JSON.stringify writes null for an array slot it cannot represent
      if (representable(item)) emit(item, inner, write)
      else write('null')
    }
    write(first ? '[]' : `\n${indent}]`)
    return
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && !hasToJson(value) && Object.values(value).some((v) => v instanceof LazyArray)) {
    const inner = `${indent}  `
    let first = true
    for (const [key, child] of Object.entries(value)) {
      if (!representable(child)) continue
      write(`${first ? '{\n' : ',\n'}${inner}${JSON.stringify(key)}: `)
      first = false
      emit(child, inner, write)
    }
    write(first ? '{}' : `\n${indent}}`)
    return
  }
  // no lazy part below: JSON.stringify itself, indented to where it stands (strings hold no raw newline)
  write((JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`))
}

function representable(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol'
}

function hasToJson(value: object): boolean {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function'
}
