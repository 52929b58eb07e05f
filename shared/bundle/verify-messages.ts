import type { EnvelopeProblem } from './dsse'
import type { TrustProblem } from './trust'
import type { VerifyCode, VerifyParams, VerifyReason } from './verify-reasons'

export { shortKey } from './verify-reasons'

/**
 * Every reason the verifier gives, as a catalogue code and its parameters (verify-catalogue.ts words them in
 * Chinese and English). Strings read from the bundle or the trust list pass through `shown` before they become a
 * parameter, so no reason carries a control or direction-changing character.
 */

/** Which envelope a message is about. */
export type Side = 'draft' | 'approval'

const r = (code: VerifyCode, params: VerifyParams = {}): VerifyReason => ({ code, params })

/** At most this many problems per check; the rest counted, so one reason stays readable for a bundle with many bad files. */
const shownProblems = 5

/** Up to five problems; the rest counted (另有 N 处问题). */
export function joinReasons(items: readonly VerifyReason[]): VerifyReason[] {
  const shownItems = items.slice(0, shownProblems)
  const more = items.length - shownItems.length
  return more > 0 ? [...shownItems, r('more', { count: more })] : [...shownItems]
}

/**
 * A string from an unverified file, made safe to print: controls and invisible or direction-changing characters
 * become \u{…} escapes (no terminal escape sequences, no right-to-left tricks) and long values are cut.
 */
export function shown(value: string, max = 80): string {
  const cut = [...value].slice(0, max)
  const text = cut.join('').replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`)
  return cut.length < [...value].length ? `${text}…` : text
}

/** Why a key could not sign at a moment (see keyValidity in trust.ts). */
export type InvalidWhy = 'not-yet-valid' | 'expired' | 'revoked' | 'compromised' | 'bad-time'

export const msg = {
  /** a check that could not be made, and why */
  skipped: (why: VerifyReason): VerifyReason => r('notChecked', { ...why.params, what: why.code }),
  trustUnusable: r('trustUnusable'),
  envelopeUnreadable: (side: Side): VerifyReason => r('envelopeUnreadable', { side }),
  signatureUnverified: (side: Side): VerifyReason => r('signatureUnverified', { side }),

  zipOk: (count: number): VerifyReason => r('zipOk', { count }),
  zipUnreadable: (why: string, entry: string | undefined): VerifyReason => (entry ? r('zipUnreadableAt', { why, entry }) : r('zipUnreadable', { why })),

  trustOk: (count: number): VerifyReason => r('trustOk', { count }),
  trustProblem: (p: TrustProblem): VerifyReason => {
    if (p.kind !== 'schema') return r('trustKeyidMismatch', { keyid: p.keyid })
    const path = shown(p.path)
    return path ? r('trustMalformed', { path, problem: shown(p.message, 200) }) : r('trustMalformedRoot', { problem: shown(p.message, 200) })
  },

  formatOk: r('formatOk'),
  envelopeMissing: (side: Side): VerifyReason => r('envelopeMissing', { side }),
  envelopeProblem: (side: Side, problem: EnvelopeProblem): VerifyReason => r('envelopeProblem', { side, problem }),
  payloadType: (side: Side, found: string, expected: string): VerifyReason => r('payloadType', { side, found: shown(found), expected }),
  payloadNotJson: (side: Side): VerifyReason => r('payloadNotJson', { side }),
  payloadNotCanonical: (side: Side): VerifyReason => r('payloadNotCanonical', { side }),
  statementShape: (side: Side, where: string): VerifyReason => r('statementShape', { side, where: shown(where) }),
  statementType: (side: Side, found: string): VerifyReason => r('statementType', { side, found: shown(found) }),
  predicateType: (side: Side, found: string, expected: string): VerifyReason => r('predicateType', { side, found: shown(found), expected }),
  wrongRole: (side: Side, found: string): VerifyReason => r('wrongRole', { side, found: shown(found) }),
  predicateShape: (side: Side, where: string): VerifyReason => r('predicateShape', { side, where: shown(where) }),

  signatureOk: (side: Side, name: string, keyid: string): VerifyReason => r('signatureOk', { side, name, keyid }),
  unknownKey: (side: Side, keyid: string): VerifyReason => r('unknownKey', { side, keyid: shown(keyid) }),
  noSignatureForSigner: (side: Side, keyid: string): VerifyReason => r('noSignatureForSigner', { side, keyid: shown(keyid) }),
  duplicateSignature: (side: Side, keyid: string): VerifyReason => r('duplicateSignature', { side, keyid }),
  badSignature: (side: Side, keyid: string): VerifyReason => r('badSignature', { side, keyid }),

  signerKeyNotEd25519: (side: Side, keyid: string): VerifyReason => r('signerKeyNotEd25519', { side, keyid }),
  signatureWithSm2Ok: (side: Side, name: string, keyid: string, sm2Keyid: string): VerifyReason => r('signatureWithSm2Ok', { side, name, keyid, sm2Keyid }),
  tooManySignatures: (side: Side, extra: number): VerifyReason => r('tooManySignatures', { side, extra }),
  coSignatureNoKeyid: (side: Side): VerifyReason => r('coSignatureNoKeyid', { side }),
  coSignatureUnknownKey: (side: Side, keyid: string): VerifyReason => r('coSignatureUnknownKey', { side, keyid: shown(keyid) }),
  coSignatureNotSm2: (side: Side, keyid: string): VerifyReason => r('coSignatureNotSm2', { side, keyid }),
  coSignatureOtherPerson: (side: Side, holder: string, signer: string): VerifyReason => r('coSignatureOtherPerson', { side, holder, signer }),
  coSignatureKeyInvalid: (side: Side, name: string, at: string, why: InvalidWhy, bound: string): VerifyReason =>
    r('coSignatureKeyInvalid', { side, name, at: shown(at), why, bound }),
  badCoSignature: (side: Side, keyid: string): VerifyReason => r('badCoSignature', { side, keyid }),

  identityOk: r('identityOk'),
  identityMismatch: (side: Side, claimed: string, holder: string): VerifyReason => r('identityMismatch', { side, claimed: shown(claimed), holder }),

  digestOk: (count: number): VerifyReason => r('digestOk', { count }),
  digestMismatch: (name: string, alg: string): VerifyReason => r('digestMismatch', { name: shown(name, 120), alg }),
  noSubjects: r('noSubjects'),

  completeOk: r('completeOk'),
  fileMissing: (name: string): VerifyReason => r('fileMissing', { name: shown(name, 120) }),
  fileNotSigned: (name: string): VerifyReason => r('fileNotSigned', { name: shown(name, 120) }),
  fileNotAllowed: (name: string): VerifyReason => r('fileNotAllowed', { name: shown(name, 120) }),
  requiredMissing: (name: string): VerifyReason => r('requiredMissing', { name }),

  identicalOk: r('identicalOk'),
  subjectsDiffer: (name: string): VerifyReason => r('subjectsDiffer', { name: shown(name, 120) }),

  draftDigestOk: r('draftDigestOk'),
  draftDigestMismatch: r('draftDigestMismatch'),

  rolesOk: r('rolesOk'),
  roleMissing: (side: Side, name: string, role: string): VerifyReason => r('roleMissing', { side, name, role }),

  sameName: (name: string): VerifyReason => r('sameName', { name: shown(name) }),
  unsignedFiles: (names: readonly string[]): VerifyReason => r('unsignedFiles', { names: [...names] }),
  distinctOk: r('distinctOk'),
  sameKey: r('sameKey'),
  samePerson: (name: string): VerifyReason => r('samePerson', { name }),

  keysValidOk: r('keysValidOk'),
  keyInvalid: (side: Side, name: string, at: string, why: InvalidWhy, bound: string): VerifyReason => r('keyInvalid', { side, name, at: shown(at), why, bound }),

  timelineOk: r('timelineOk'),
  approvalBeforeDraft: (draftAt: string, approvalAt: string): VerifyReason => r('approvalBeforeDraft', { draftAt: shown(draftAt), approvalAt: shown(approvalAt) }),
  inFuture: (side: Side, at: string): VerifyReason => r('inFuture', { side, at: shown(at) }),
}
