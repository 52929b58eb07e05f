import type { VerifyView } from '../../../shared/api/contract-workflow'
import { serviceError } from '../../../shared/api/result'
import { bundlePaths } from '../../../shared/bundle/layout'
import { readApprovalEnvelope, readDraftEnvelope } from '../../../shared/bundle/verify-envelope'
import { base64Decode } from '../../../shared/crypto/base64'
import { utf8Decode } from '../../../shared/crypto/bytes'
import type { TrustList } from '../../../shared/accounts/index'
import { signedIn, type Acting } from '../common/access'
import { sha256Hex } from './node-crypto'
import { verifyBundleZip } from './verify-zip'
import { readBundleZip } from './zip'

/** Verifies a bundle the publisher picked, against a trust file or this machine's trusted keys; anyone signed in. */
export function verifyView(bundle: string, trustJson: string | undefined, d: { trusted: () => TrustList; now: () => Date }, by?: Acting): VerifyView {
  if (by !== undefined) signedIn(by)
  let bytes: Uint8Array
  try {
    bytes = base64Decode(bundle)
  } catch {
    throw serviceError('invalid_request', 'file.badBase64')
  }
  let trust: unknown
  let source: 'file' | 'office' = 'office'
  if (trustJson !== undefined) {
    source = 'file'
    try {
      trust = JSON.parse(trustJson)
    } catch {
      throw serviceError('invalid_request', 'trust.notJson')
    }
  } else {
    trust = d.trusted()
  }
  const result = verifyBundleZip(bytes, trust, { now: d.now() })
  const office = typeof trust === 'object' && trust !== null && 'office' in trust && typeof trust.office === 'string' ? trust.office : ''
  const keys = typeof trust === 'object' && trust !== null && 'keys' in trust && Array.isArray(trust.keys) ? trust.keys.length : 0
  return {
    ok: result.ok,
    checks: result.checks.map((c) => ({ id: c.id, ok: c.ok, reasons: c.reasons })),
    warnings: result.warnings.map((w) => ({ id: w.id, reasons: w.reasons })),
    unsigned: result.unsigned,
    trust: { source, office, keys },
    notice: summary(bytes, result.ok),
    bundleSha256: sha256Hex(bytes),
  }
}

/** What the bundle says about itself, read without trusting it (the checks say whether to). */
function summary(bytes: Uint8Array, verified: boolean): VerifyView['notice'] {
  let files: Map<string, Uint8Array>
  try {
    files = readBundleZip(bytes)
  } catch {
    return null
  }
  const draft = readDraftEnvelope(files).predicate
  if (!draft) return null
  const approval = readApprovalEnvelope(files).predicate
  const txt = files.get(bundlePaths.txt)
  return {
    title: draft.title,
    noticeId: draft.noticeId,
    version: draft.version,
    drafter: draft.signer.name,
    reviewer: approval?.signer.name ?? null,
    draftedAt: draft.signedAt,
    approvedAt: approval?.signedAt ?? null,
    comment: approval?.comment ?? null,
    text: verified && txt ? utf8Decode(txt) : null,
    files: [...files].filter(([name]) => name.startsWith('content/') || name.startsWith('report/')).map(([name, b]) => ({ name, size: b.length })),
  }
}
