/**
 * The file layout of a `countersign-bundle/v1` zip (contracts.md §2), exactly: the files under content/ and
 * report/ are signed (subjects); the two attest/ envelopes are the signatures; keys/signers.json and VERIFY.txt
 * are unsigned conveniences the verifier ignores by name. No other file or folder may appear anywhere.
 */

export const BUNDLE_FORMAT = 'countersign-bundle/v1'

/** Fixed entry names of the bundle. */
export const bundlePaths = {
  html: 'content/notice.html',
  txt: 'content/notice.txt',
  pdf: 'content/notice.pdf',
  redactionReport: 'report/redaction.json',
  draftEnvelope: 'attest/draft.dsse.json',
  approvalEnvelope: 'attest/approval.dsse.json',
  signers: 'keys/signers.json',
  verifyText: 'VERIFY.txt',
} as const

/** Files every bundle carries as subjects; the PDF is optional (not every platform can render one). */
export const requiredSubjects: readonly string[] = [bundlePaths.html, bundlePaths.txt, bundlePaths.redactionReport]

/** The signed files (subjects): the three required ones and the optional PDF. Nothing else is ever signed. */
export const subjectPaths: readonly string[] = [bundlePaths.html, bundlePaths.txt, bundlePaths.pdf, bundlePaths.redactionReport]

/** The two envelopes: the signatures themselves. */
export const envelopePaths: readonly string[] = [bundlePaths.draftEnvelope, bundlePaths.approvalEnvelope]

/**
 * Files that are neither signed nor signatures: the convenience copy of the public keys and the instructions.
 * The verifier never reads them (it trusts only --trust) and shows them as unsigned; they may be absent.
 */
export const unsignedPaths: readonly string[] = [bundlePaths.signers, bundlePaths.verifyText]

/** Every name a bundle may hold: the fixed layout of contracts.md §2 — no folders, no other file anywhere. */
export const bundleFileNames: ReadonlySet<string> = new Set([...subjectPaths, ...envelopePaths, ...unsignedPaths])

/** Longest entry name we accept; real names are ~30 characters. */
export const MAX_PATH_LENGTH = 255

/**
 * A relative, forward-slash path with no empty, `.` or `..` segment, no backslash, drive letter, control
 * character or trailing slash — a name that means the same file on every extractor and every OS. Invisible
 * and direction-changing characters (Unicode Cf, e.g. U+202E) are refused too: a name shown to a person
 * must read as what it is.
 */
export function isSafeRelativePath(name: string): boolean {
  if (name.length === 0 || name.length > MAX_PATH_LENGTH) return false
  if (/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\\:]/u.test(name)) return false
  return name.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..')
}

/** Whether `name` is one of the files a bundle signs (content/notice.{html,txt,pdf}, report/redaction.json). */
export function isSubjectPath(name: string): boolean {
  return subjectPaths.includes(name)
}

/**
 * Whether a statement may name `name` as a subject at all (under content/ or report/): a statement naming any
 * other signed file is still readable, and subjects.complete reports that file as outside the layout.
 */
export function isSubjectArea(name: string): boolean {
  return (name.startsWith('content/') || name.startsWith('report/')) && isSafeRelativePath(name)
}

/** Files allowed outside the subjects: exactly the two envelopes, keys/signers.json and VERIFY.txt. */
export function isUnsignedAllowed(name: string): boolean {
  return envelopePaths.includes(name) || unsignedPaths.includes(name)
}

/** Code-unit order, the order of subjects and zip entries (the same order JCS sorts keys in). */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
