/**
 * 列表预览 — a title or the start of a body as the lists show it (草稿, 待审核, 回收站, 搜索结果, 审计日志):
 * every value the engine finds masked the way it would be published (340705********1234, 138****5678, 王*),
 * and, as a last wall, any long run of digits the engine let pass (a mistyped ID number, a number with no
 * context) starred in the middle. A list never shows a full ID number or phone in clear.
 */
import { scan, type EntityType } from '../pii/index'
import { maskLongNumbers } from './long-numbers'
import { maskValue } from './mask'

const unmaskable: ReadonlySet<EntityType> = new Set(['CONFIDENTIAL_MARKER'])

/** `text` with every finding masked and no long digit run left whole. */
export function maskedPreview(text: string): string {
  if (text === '') return text
  let out = ''
  let pos = 0
  for (const finding of scan(text)) {
    if (finding.start < pos || unmaskable.has(finding.type)) continue
    out += text.slice(pos, finding.start) + maskValue(finding.type, finding.text)
    pos = finding.end
  }
  out += text.slice(pos)
  return maskLongNumbers(out)
}
