/** A worksheet's side parts: comments (notes and threaded comments), and drawings (images with alt text, text in shapes). */
import type { HiddenItem } from '../../../../shared/import/index'
import { cellRef } from '../../../../shared/import/index'
import { relKind, type OfficePackage, type Rel } from '../package'
import { find, findAll, kids, textOf, type XmlNode } from '../xml'

const PHONETIC = new Set(['rPh'])

/** Comments of a sheet, author first (an author is a person's name too). A cell with a threaded comment skips its legacy copy. */
export async function readComments(pkg: OfficePackage, sheet: string, rels: readonly Rel[], persons: ReadonlyMap<string, string>): Promise<HiddenItem[]> {
  const items: HiddenItem[] = []
  const threadedCells = new Set<string>()
  for (const rel of rels) {
    if (rel.external || relKind(rel) !== 'threadedComment') continue
    const tree = await pkg.tree(rel.target)
    for (const c of tree ? findAll(tree, 'threadedComment') : []) {
      const ref = c.attrs.ref ?? ''
      threadedCells.add(ref)
      const author = persons.get(c.attrs.personId ?? '') ?? ''
      const text = textOf(kids(c, 'text')[0] ?? c)
      items.push(comment(sheet, ref, rel.target, author, text))
    }
  }
  for (const rel of rels) {
    if (rel.external || relKind(rel) !== 'comments') continue
    const tree = await pkg.tree(rel.target)
    if (!tree) continue
    const authors = findAll(tree, 'author').map((a) => textOf(a))
    for (const c of findAll(tree, 'comment')) {
      const ref = c.attrs.ref ?? ''
      if (threadedCells.has(ref)) continue
      const author = authors[Number(c.attrs.authorId ?? -1)] ?? ''
      const text = textOf(kids(c, 'text')[0] ?? c, PHONETIC)
      items.push(comment(sheet, ref, rel.target, author, text))
    }
  }
  return items
}

function comment(sheet: string, cell: string, part: string, author: string, text: string): HiddenItem {
  const item: HiddenItem = { kind: 'comment', location: { sheet, cell, part }, text, disposition: 'dropped' }
  if (author.trim()) item.author = author.trim()
  return item
}

/** People who wrote threaded comments (xl/persons/person.xml): id → display name. */
export async function readPersons(pkg: OfficePackage, workbookRels: readonly Rel[]): Promise<Map<string, string>> {
  const persons = new Map<string, string>()
  for (const rel of workbookRels) {
    if (rel.external || relKind(rel) !== 'person') continue
    const tree = await pkg.tree(rel.target)
    for (const p of tree ? findAll(tree, 'person') : []) persons.set(p.attrs.id ?? '', p.attrs.displayName ?? '')
  }
  return persons
}

/** Images and shapes anchored on a sheet: alt text (descr, title) and the text typed into shapes. */
export async function readDrawings(pkg: OfficePackage, sheet: string, rels: readonly Rel[]): Promise<HiddenItem[]> {
  const items: HiddenItem[] = []
  for (const rel of rels) {
    if (rel.external || relKind(rel) !== 'drawing') continue
    const tree = await pkg.tree(rel.target)
    if (!tree) continue
    const root = tree.children[0]
    for (const anchor of root?.children ?? []) {
      if (!/Anchor$/.test(anchor.local)) continue
      const from = kids(anchor, 'from')[0]
      const col = Number(textOf(kids(from ?? anchor, 'col')[0] ?? anchor)) || 0
      const row = Number(textOf(kids(from ?? anchor, 'row')[0] ?? anchor)) || 0
      const location = from ? { sheet, cell: cellRef(row + 1, col + 1), part: rel.target } : { sheet, part: rel.target }
      for (const pr of findAll(anchor, 'cNvPr')) {
        const alt = [pr.attrs.title, pr.attrs.descr].filter((s): s is string => !!s?.trim()).join(' ')
        if (alt) items.push({ kind: 'altText', location, text: alt, disposition: 'dropped' })
      }
      const body = find(anchor, 'txBody')
      const text = body ? paragraphsText(body) : ''
      if (text.trim()) items.push({ kind: 'drawingText', location, text: text.trim(), disposition: 'dropped' })
    }
  }
  return items
}

function paragraphsText(body: XmlNode): string {
  return findAll(body, 'p')
    .map((p) =>
      findAll(p, 't')
        .map((t) => t.text)
        .join(''),
    )
    .join('\n')
}
