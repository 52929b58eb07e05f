/**
 * The Open Packaging Conventions layer shared by .docx and .xlsx: relationships, the main part, document
 * properties (core, app, custom), link targets, embedded objects and images, custom XML.
 */
import path from 'node:path/posix'
import { ImportError, type HiddenItem } from '../../../shared/import/index'
import { findAll, kids, parseXmlTree, textOf, type XmlNode } from './xml'
import type { PackageZip } from './zip'

/** A relationship with its target resolved to a part name (or the raw target when external). */
export type Rel = { id: string; type: string; target: string; external: boolean }

const REL_TYPE = /\/relationships\/([A-Za-z]+)$/

/** The last segment of a relationship type: officeDocument, worksheet, comments, header … */
export function relKind(rel: Rel): string {
  return REL_TYPE.exec(rel.type)?.[1] ?? ''
}

/** The package as the OOXML readers use it. */
export class OfficePackage {
  private readonly relCache = new Map<string, Rel[]>()

  constructor(
    readonly zip: PackageZip,
    readonly file: string,
  ) {}

  /** Parses a small part into a tree; absent parts are null. */
  async tree(part: string): Promise<XmlNode | null> {
    if (!this.zip.has(part)) return null
    return parseXmlTree(await this.zip.read(part), { file: this.file, part })
  }

  /** The relationships of a part ('' for the package itself). */
  async rels(part: string): Promise<Rel[]> {
    const cached = this.relCache.get(part)
    if (cached) return cached
    const dir = path.dirname(part)
    const relsPart = part === '' ? '_rels/.rels' : path.join(dir, '_rels', `${path.basename(part)}.rels`)
    const tree = await this.tree(relsPart)
    const rels: Rel[] = []
    for (const r of tree ? findAll(tree, 'Relationship') : []) {
      const external = r.attrs.TargetMode === 'External'
      const raw = r.attrs.Target ?? ''
      const target = external ? raw : resolveTarget(part === '' ? '' : dir, raw)
      rels.push({ id: r.attrs.Id ?? '', type: r.attrs.Type ?? '', target, external })
    }
    this.relCache.set(part, rels)
    return rels
  }

  /** The main document part: xl/workbook.xml, word/document.xml, wherever the package says. */
  async mainPart(): Promise<{ part: string; kind: 'xlsx' | 'docx' }> {
    const main = (await this.rels('')).find((r) => relKind(r) === 'officeDocument' && !r.external)
    const part = main?.target ?? ''
    if (!main || !this.zip.has(part)) throw new ImportError('not-ooxml', this.file, 'no main document part')
    const types = await this.tree('[Content_Types].xml')
    const override = types ? kids(types.children[0] ?? types, 'Override').find((o) => o.attrs.PartName === `/${part}`)?.attrs.ContentType : undefined
    const type = override ?? ''
    if (/spreadsheetml\.(sheet|template)\.main|ms-excel\.(sheet|template)\.macroEnabled\.main/.test(type) || part.endsWith('workbook.xml')) return { part, kind: 'xlsx' }
    if (/wordprocessingml\.(document|template)\.main|ms-word\.(document|template)\.macroEnabledTemplate|ms-word\.document\.macroEnabled\.main/.test(type) || part.endsWith('document.xml'))
      return { part, kind: 'docx' }
    throw new ImportError('not-ooxml', this.file, 'neither a Word document nor an Excel workbook')
  }

  /** Document properties worth a look: authors, company, title, keywords, custom properties. */
  async properties(): Promise<HiddenItem[]> {
    const items: HiddenItem[] = []
    const add = (part: string, property: string, text: string, label = property): void => {
      if (text.trim()) items.push({ kind: 'property', location: { part, property }, text: text.trim(), disposition: 'dropped', label })
    }
    const core = await this.tree('docProps/core.xml')
    for (const n of core?.children[0]?.children ?? []) {
      // dates, revision numbers and the language say nothing about a person
      if (/^(created|modified|lastPrinted|revision|version|language|identifier)$/.test(n.local)) continue
      const name = qualified(n)
      add('docProps/core.xml', name, textOf(n), propertyLabels[name] ?? name)
    }
    const app = await this.tree('docProps/app.xml')
    for (const n of app?.children[0]?.children ?? []) {
      if (/^(Company|Manager|HyperlinkBase|Template)$/.test(n.local)) add('docProps/app.xml', n.local, textOf(n), propertyLabels[n.local] ?? n.local)
    }
    const custom = await this.tree('docProps/custom.xml')
    for (const n of custom ? findAll(custom, 'property') : []) add('docProps/custom.xml', n.attrs.name ?? '?', textOf(n))
    return items
  }

  /** External targets of every relationship (hyperlinks, mailto:, linked images, the template path with a user name in it). */
  async externalTargets(): Promise<HiddenItem[]> {
    const items: HiddenItem[] = []
    for (const name of this.zip.names()) {
      if (!name.endsWith('.rels')) continue
      const source = path.join(path.dirname(path.dirname(name)), path.basename(name, '.rels'))
      for (const r of await this.rels(source === '.' ? '' : source.replace(/^\.\//, ''))) {
        if (r.external && r.target.trim()) items.push({ kind: 'hyperlink', location: { part: source.replace(/^\.\//, '') }, text: safeDecode(r.target), disposition: 'dropped' })
      }
    }
    return items
  }

  /** Embedded objects (OLE, macros) and images: dropped from the text and listed by name, with their alt text elsewhere. */
  objects(): HiddenItem[] {
    const items: HiddenItem[] = []
    for (const name of this.zip.names()) {
      if (/\/embeddings\/|vbaProject\.bin$|\/activeX\//.test(name)) items.push({ kind: 'embeddedObject', location: { part: name }, text: path.basename(name), disposition: 'dropped' })
      else if (/\/media\//.test(name)) items.push({ kind: 'image', location: { part: name }, text: path.basename(name), disposition: 'dropped' })
    }
    return items
  }

  /** Text held in customXml/ parts (SharePoint and WPS metadata can carry names). */
  async customXml(): Promise<HiddenItem[]> {
    const items: HiddenItem[] = []
    for (const name of this.zip.names()) {
      if (!/^customXml\/item\d+\.xml$/.test(name)) continue
      const tree = await this.tree(name)
      const text = tree ? textsOf(tree).join(' ') : ''
      if (text.trim()) items.push({ kind: 'property', location: { part: name }, text: text.trim(), disposition: 'dropped' })
    }
    return items
  }
}

/** Labels of document properties, zh-CN: a person's name is announced as one, so the scanner reads it as one. */
const propertyLabels: Readonly<Record<string, string>> = {
  'dc:creator': 'dc:creator 作者姓名',
  'cp:lastModifiedBy': 'cp:lastModifiedBy 最后修改人姓名',
  'dc:title': 'dc:title 标题',
  'dc:subject': 'dc:subject 主题',
  'dc:description': 'dc:description 备注',
  'cp:keywords': 'cp:keywords 关键词',
  'cp:category': 'cp:category 类别',
  'cp:contentStatus': 'cp:contentStatus 状态',
  Manager: 'Manager 经理姓名',
  Company: 'Company 单位',
  HyperlinkBase: 'HyperlinkBase 链接基址',
  Template: 'Template 模板',
}

function textsOf(node: XmlNode, out: string[] = []): string[] {
  if (node.text.trim()) out.push(node.text.trim())
  for (const c of node.children) textsOf(c, out)
  return out
}

function qualified(n: XmlNode): string {
  if (n.uri.includes('purl.org/dc/elements')) return `dc:${n.local}`
  if (n.uri.includes('purl.org/dc/terms')) return `dcterms:${n.local}`
  return `cp:${n.local}`
}

function safeDecode(s: string): string {
  try {
    return decodeURI(s)
  } catch {
    return s
  }
}

/** A relationship target relative to its source part's folder; absolute targets start at the package root. */
export function resolveTarget(dir: string, target: string): string {
  const clean = target.replace(/\\/g, '/')
  const joined = clean.startsWith('/') ? clean.slice(1) : path.join(dir, clean)
  return path.normalize(joined).replace(/^(\.\.\/)+/, '').replace(/^\.\//, '')
}
