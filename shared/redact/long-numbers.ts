/**
 * A last wall for text shown outside the notice (lists, messages): any run of 11 digits or more — a phone,
 * an ID number (which may end in X), a bank card — starred in the middle. Regex only, no engine: cheap
 * enough for the UI's main thread.
 */
const LONG_NUMBER = /\d{11,}[Xx]?/g

function starMiddle(run: string): string {
  const keepHead = run.length >= 15 ? 6 : 3
  return run.slice(0, keepHead) + '*'.repeat(run.length - keepHead - 4) + run.slice(-4)
}

export function maskLongNumbers(text: string): string {
  return text.replace(LONG_NUMBER, starMiddle)
}
