/** Checks that an output holds no form of an original value: as written, full-width, half-width, or with separators removed. */
import { expect } from 'vitest'

const toHalf = (s: string): string => s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
const toFull = (s: string): string => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
/** letters, digits and ideographs only, half-width, lower case */
export const compact = (s: string): string => toHalf(s).replace(/[^\p{L}\p{N}]/gu, '').toLowerCase()

export function expectNoLeak(output: string, original: string): void {
  expect(output.includes(original), 'value as written').toBe(false)
  expect(output.includes(toHalf(original)), 'half-width').toBe(false)
  expect(output.includes(toFull(original)), 'full-width').toBe(false)
  expect(compact(output).includes(compact(original)), 'separators removed').toBe(false)
}
