import { isSubjectPath, isUnsignedAllowed, requiredSubjects } from './layout'
import type { Digests, Subject } from './statement'
import { joinReasons, msg } from './verify-messages'
import type { VerifyReason } from './verify-reasons'

/** The verdict of one check, before it gets its id: one reason, or the problems found (at most five and a count). */
export type Verdict = { ok: boolean; reasons: VerifyReason[] }

/** A verdict with one reason. */
export const single = (ok: boolean, reason: VerifyReason): Verdict => ({ ok, reasons: [reason] })

const pass = (reason: VerifyReason): Verdict => single(true, reason)
const fail = (problems: readonly VerifyReason[]): Verdict => ({ ok: false, reasons: joinReasons(problems) })

/** Digests of the bundle's files, each computed at most once (a few-MB table dominates verification time). */
export function digestCache(files: ReadonlyMap<string, Uint8Array>, digest: Digests): (name: string, alg: 'sha256' | 'sm3') => string | undefined {
  const memo = new Map<string, string>()
  return (name, alg) => {
    const bytes = files.get(name)
    if (!bytes) return undefined
    const key = `${alg}\u0000${name}`
    let value = memo.get(key)
    if (value === undefined) {
      value = digest[alg](bytes)
      memo.set(key, value)
    }
    return value
  }
}

/** Every signed file that is present has both the SHA-256 and the SM3 digest it was signed with. */
export function checkDigests(subjects: readonly Subject[] | undefined, digestOf: ReturnType<typeof digestCache>): Verdict {
  if (!subjects) return single(false, msg.skipped(msg.noSubjects))
  const problems: VerifyReason[] = []
  let checked = 0
  for (const s of subjects) {
    const sha256 = digestOf(s.name, 'sha256')
    if (sha256 === undefined) continue // missing files are subjects.complete's to report
    checked++
    if (sha256 !== s.digest.sha256) problems.push(msg.digestMismatch(s.name, 'SHA-256'))
    else if (digestOf(s.name, 'sm3') !== s.digest.sm3) problems.push(msg.digestMismatch(s.name, 'SM3'))
  }
  return problems.length ? fail(problems) : pass(msg.digestOk(checked))
}

/**
 * The bundle holds exactly the signed files plus the unsigned parts: nothing signed is missing, nothing signed
 * or present lies outside the fixed layout (a signed extra file is refused too), nothing of the layout's signed
 * files is unsigned, and the required files are there.
 */
export function checkComplete(subjects: readonly Subject[] | undefined, files: ReadonlyMap<string, Uint8Array>): Verdict {
  if (!subjects) return single(false, msg.skipped(msg.noSubjects))
  const problems: VerifyReason[] = []
  const signed = new Set(subjects.map((s) => s.name))
  for (const name of signed) {
    if (!isSubjectPath(name)) problems.push(msg.fileNotAllowed(name))
    else if (!files.has(name)) problems.push(msg.fileMissing(name))
  }
  for (const name of [...files.keys()].sort()) {
    if (signed.has(name)) continue
    if (isSubjectPath(name)) problems.push(msg.fileNotSigned(name))
    else if (!isUnsignedAllowed(name)) problems.push(msg.fileNotAllowed(name))
  }
  // a required file that is present but unsigned was reported above as added
  for (const name of requiredSubjects) if (!signed.has(name) && !files.has(name)) problems.push(msg.requiredMissing(name))
  return problems.length ? fail(problems) : pass(msg.completeOk)
}

/** Draft and approval sign the same set of files with the same digests (order does not matter). */
export function checkIdentical(draft: readonly Subject[] | undefined, approval: readonly Subject[] | undefined): Verdict {
  if (!draft || !approval) return single(false, msg.skipped(msg.noSubjects))
  const key = (s: Subject): string => `${s.name}\u0000${s.digest.sha256}\u0000${s.digest.sm3}`
  const a = new Set(draft.map(key))
  const b = new Set(approval.map(key))
  const differing = [...draft.filter((s) => !b.has(key(s))), ...approval.filter((s) => !a.has(key(s)))].map((s) => s.name)
  const names = [...new Set(differing)]
  return names.length ? fail(names.map((n) => msg.subjectsDiffer(n))) : pass(msg.identicalOk)
}

