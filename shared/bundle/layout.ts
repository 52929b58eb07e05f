/**
 * The file layout of a `countersign-bundle/v1` zip (contracts.md §2). Everything under content/ and report/
 * is signed (a subject); attest/, keys/ and VERIFY.txt are the signatures and their explanation.
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

const subjectDirs = ['content/', 'report/']

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

/** Whether `name` must be a signed subject: every file under content/ or report/. */
export function isSubjectPath(name: string): boolean {
  return subjectDirs.some((dir) => name.startsWith(dir)) && isSafeRelativePath(name)
}

/** Files allowed outside the subjects: the envelopes, the convenience keys, the instructions. */
export function isUnsignedAllowed(name: string): boolean {
  return (name.startsWith('attest/') || name.startsWith('keys/') || name === bundlePaths.verifyText) && isSafeRelativePath(name)
}

/** Code-unit order, the order of subjects and zip entries (the same order JCS sorts keys in). */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
