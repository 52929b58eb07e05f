/**
 * XML for OOXML parts, through saxes: a strict, namespace-aware, streaming (SAX) parser. Why saxes: it
 * checks well-formedness (a damaged part fails instead of being half-read), it never expands entities (it
 * skips a DOCTYPE's internal subset and rejects undefined entities), it streams (a 100,000-row sheet is
 * events, not a DOM), and its one dependency is a character table. fast-xml-parser builds object trees and
 * has shipped entity-expansion fixes; htmlparser2 is lenient by design. On top of that we refuse any
 * DOCTYPE outright: OOXML never has one, so one is a crafted file.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes'
import { ImportError } from '../../../shared/import/index'

/** An open tag as the visitors see it. */
export type Tag = SaxesTagNS

/** Callbacks for a streamed part; any of them may throw ImportError to stop. */
export type XmlVisitor = {
  open?: (tag: Tag) => void
  close?: (tag: Tag) => void
  text?: (text: string) => void
}

/**
 * Where a part comes from, for messages; and progress, called with the fraction of this part parsed.
 * `checkpoint` is called between chunks and throws when the import has run out of time.
 */
export type XmlContext = { file: string; part: string; onProgress?: (fraction: number) => void; signal?: AbortSignal; checkpoint?: () => void }

/**
 * Elements nested deeper than this make a part refused. Word and Excel nest a few dozen levels at most; the
 * bound is set high enough that a 40,000-level crafted .docx is still read (linearly), and stops the
 * deeper ones before they cost memory. Small parts read as trees allow far less: they are walked recursively.
 */
export const maxXmlDepth = 50_000
export const maxTreeDepth = 1_000

const XML_NS = 'http://www.w3.org/XML/1998/namespace'
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/'

/** The saxes internals the namespace fix below relies on (not in its typings). */
type SaxesInternals = { topNS: Record<string, string> | null; resolve(prefix: string): string | undefined }

/** Decodes a part's bytes: UTF-8 (BOM dropped) or UTF-16 with a BOM, the encodings OOXML allows. */
export function decodeXml(bytes: Uint8Array, ctx: XmlContext): string {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes)
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes)
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new ImportError('bad-xml', ctx.file, `${ctx.part}: not valid UTF-8`)
  }
}

const CHUNK = 1 << 20

/** Lets the event loop run between chunks, so the app stays responsive during a long part. */
const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

function parser(visitor: XmlVisitor, ctx: XmlContext, maxDepth: number): SaxesParser<{ xmlns: true }> {
  const p = new SaxesParser({ xmlns: true, position: true })
  const fail = (code: 'bad-xml' | 'xml-doctype'): never => {
    // the position, never the parser's message: it can quote the content around the error
    throw new ImportError(code, ctx.file, `${ctx.part} line ${p.line}`)
  }
  p.on('doctype', () => fail('xml-doctype'))
  p.on('error', () => fail('bad-xml'))
  // saxes resolves a prefix declared on an ancestor by walking the whole open-tag stack, for every tag and
  // attribute: quadratic in the nesting depth (40,000 nested w:p took minutes). The prefixes in scope are
  // kept here instead, one stack of URIs per prefix, so a lookup is O(1).
  const scope = new Map<string, string[]>([
    ['xml', [XML_NS]],
    ['xmlns', [XMLNS_NS]],
  ])
  const internals = p as unknown as SaxesInternals
  internals.resolve = (prefix: string): string | undefined => {
    const own = internals.topNS?.[prefix]
    if (own !== undefined) return own
    const uris = scope.get(prefix)
    return uris?.[uris.length - 1]
  }
  let depth = 0
  const { open, close } = visitor
  p.on('opentag', (tag) => {
    if (++depth > maxDepth) throw new ImportError('too-deep', ctx.file, `${ctx.part}: elements nested more than ${maxDepth} deep`)
    for (const prefix in tag.ns) {
      const uris = scope.get(prefix)
      if (uris) uris.push(tag.ns[prefix])
      else scope.set(prefix, [tag.ns[prefix]])
    }
    open?.(tag)
  })
  p.on('closetag', (tag) => {
    depth--
    close?.(tag)
    for (const prefix in tag.ns) scope.get(prefix)?.pop()
  })
  if (visitor.text) {
    p.on('text', visitor.text)
    p.on('cdata', visitor.text)
  }
  return p
}

/** Streams a part through the visitor, in chunks, yielding to the event loop between them. */
export async function parseXml(bytes: Uint8Array, visitor: XmlVisitor, ctx: XmlContext): Promise<void> {
  await feed(parser(visitor, ctx, maxXmlDepth), decodeXml(bytes, ctx), ctx)
}

/** An element of a small part, as a tree: rels, workbook, styles, properties, comments. */
export type XmlNode = {
  uri: string
  local: string
  /** attributes by qualified name as written (`r:id`, `ref`) */
  attrs: Record<string, string>
  /** attributes by `{uri}local` for the namespaced ones */
  nsAttrs: Record<string, string>
  children: XmlNode[]
  /** the text directly inside this element */
  text: string
}

/** Parses a small part into a tree (synchronously: small parts take milliseconds). */
export function parseXmlTree(bytes: Uint8Array, ctx: XmlContext): XmlNode {
  const root: XmlNode = { uri: '', local: '#document', attrs: {}, nsAttrs: {}, children: [], text: '' }
  const stack: XmlNode[] = [root]
  const p = parser(
    {
      open(tag) {
        const node: XmlNode = { uri: tag.uri, local: tag.local, attrs: {}, nsAttrs: {}, children: [], text: '' }
        for (const a of Object.values(tag.attributes)) {
          node.attrs[a.name] = a.value
          if (a.uri) node.nsAttrs[`{${a.uri}}${a.local}`] = a.value
        }
        stack[stack.length - 1].children.push(node)
        stack.push(node)
      },
      close() {
        stack.pop()
      },
      text(t) {
        stack[stack.length - 1].text += t
      },
    },
    ctx,
    maxTreeDepth,
  )
  p.write(decodeXml(bytes, ctx)).close()
  return root
}

/** Children with this local name. */
export function kids(node: XmlNode, local: string): XmlNode[] {
  return node.children.filter((c) => c.local === local)
}

/** First descendant-or-self with this local name, depth first. */
export function find(node: XmlNode, local: string): XmlNode | undefined {
  if (node.local === local) return node
  for (const c of node.children) {
    const hit = find(c, local)
    if (hit) return hit
  }
  return undefined
}

/** Every descendant with this local name, in document order. */
export function findAll(node: XmlNode, local: string, out: XmlNode[] = []): XmlNode[] {
  for (const c of node.children) {
    if (c.local === local) out.push(c)
    findAll(c, local, out)
  }
  return out
}

/** All text below a node, in document order; `skip` names elements whose text does not count. */
export function textOf(node: XmlNode, skip?: ReadonlySet<string>): string {
  let s = node.text
  for (const c of node.children) if (!skip?.has(c.local)) s += textOf(c, skip)
  return s
}

/** An attribute by local name whatever its prefix (r:id, ns1:id …). */
export function attrLocal(node: XmlNode, local: string): string | undefined {
  for (const [k, v] of Object.entries(node.attrs)) if (k === local || k.endsWith(`:${local}`)) return v
  return undefined
}

/** On a streamed tag: the attribute with this local name, whatever its prefix (r:id) or none (ref). Hot: no allocation. */
export function tagAttr(tag: Tag, local: string): string | undefined {
  const attrs = tag.attributes
  const direct = attrs[local]
  if (direct) return direct.value
  for (const key in attrs) {
    if (key.length > local.length && key.charCodeAt(key.length - local.length - 1) === 58 && key.endsWith(local)) {
      const a = attrs[key]
      if (a.prefix !== 'xmlns') return a.value
    }
  }
  return undefined
}

/** A tag from the namespace-blind parser: its local name (prefix dropped) and attributes by name as written. */
export type PlainTag = { local: string; attributes: Record<string, string> }

export type PlainVisitor = {
  open?: (tag: PlainTag) => void
  close?: (local: string) => void
  text?: (text: string) => void
}

/**
 * Streams a part without namespace processing: for the hot parts (sheets, shared strings), where every
 * element is SpreadsheetML and resolving namespaces on a million cells costs a third of the parse.
 */
export async function parseXmlPlain(bytes: Uint8Array, visitor: PlainVisitor, ctx: XmlContext): Promise<void> {
  const p = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true })
  const fail = (code: 'bad-xml' | 'xml-doctype'): never => {
    throw new ImportError(code, ctx.file, `${ctx.part} line ${p.line}`)
  }
  const local = (name: string): string => {
    const colon = name.indexOf(':')
    return colon < 0 ? name : name.slice(colon + 1)
  }
  p.on('doctype', () => fail('xml-doctype'))
  p.on('error', () => fail('bad-xml'))
  const { open, close, text } = visitor
  let depth = 0
  p.on('opentag', (tag) => {
    if (++depth > maxXmlDepth) throw new ImportError('too-deep', ctx.file, `${ctx.part}: elements nested more than ${maxXmlDepth} deep`)
    open?.({ local: local(tag.name), attributes: tag.attributes })
  })
  p.on('closetag', (tag) => {
    depth--
    close?.(local(tag.name))
  })
  if (text) {
    p.on('text', text)
    p.on('cdata', text)
  }
  await feed(p, decodeXml(bytes, ctx), ctx)
}

async function feed(p: { write(chunk: string): unknown; close(): unknown }, xml: string, ctx: XmlContext): Promise<void> {
  for (let at = 0; at < xml.length; ) {
    if (ctx.signal?.aborted) throw new ImportError('aborted', ctx.file)
    ctx.checkpoint?.()
    let end = Math.min(xml.length, at + CHUNK)
    // cut before a tag: never inside a surrogate pair or a name
    if (end < xml.length) {
      const lt = xml.lastIndexOf('<', end)
      if (lt > at) end = lt
    }
    p.write(xml.slice(at, end))
    at = end
    if (at < xml.length) {
      ctx.onProgress?.(at / xml.length)
      await breathe()
    }
  }
  p.close()
  ctx.onProgress?.(1)
}
