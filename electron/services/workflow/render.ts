import { createHash } from 'node:crypto'
import { canonicalBytes } from '../../../shared/bundle/jcs'
import type { FindingDecision } from '../../../shared/findings/decision'
import type { ManualFinding } from '../../../shared/findings/manual'
import type { Policy } from '../../../shared/policy/index'
import { renderNotice as renderFiles, type RenderedFiles, type RenderInput } from '../../../shared/publish/render'

export type Rendered = RenderedFiles & {
  /** SHA-256 over the files' names and digests: "what the drafter submitted" in one value */
  contentSha256: string
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** One hash over every file name and digest, in name order. */
export function contentHash(files: ReadonlyMap<string, Uint8Array>): string {
  const list = [...files.keys()].sort().map((name) => [name, sha256Hex(files.get(name) ?? new Uint8Array())])
  return sha256Hex(canonicalBytes(list))
}

/** shared/publish's renderNotice (the same function the editor's preview uses), plus the content hash. */
export function renderNotice(notice: RenderInput, decisions: readonly FindingDecision[], policy: Policy, today: Date, manual: readonly ManualFinding[] = []): Rendered {
  const rendered = renderFiles(notice, decisions, policy, today, manual)
  return { ...rendered, contentSha256: contentHash(rendered.files) }
}
