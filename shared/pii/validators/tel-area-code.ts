import { telAreaCodesPacked } from '../data/tel-area-codes'

let codes: Set<string> | null = null

/** 长途区号 with its leading 0 ('010', '0551'), from the shipped list. */
export function isKnownTelAreaCode(code: string): boolean {
  if (!codes) codes = new Set(telAreaCodesPacked.split('|'))
  return codes.has(code)
}
