/** 统一社会信用代码 (GB 32100-2015): 18 chars over 0-9 and 20 letters (no I O Z S V). */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

export function usccCheckChar(first17: string): string | null {
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(first17[i] ?? '?')
    if (v < 0) return null
    sum += v * (WEIGHTS[i] ?? 0)
  }
  return ALPHABET[(31 - (sum % 31)) % 31] ?? null
}

/** Shape (registration authority 1-9/A-H/N/Y, category digit, 6-digit area) and the mod-31 check character. */
export function isValidUscc(code: string): boolean {
  const v = code.toUpperCase()
  if (!/^[1-9A-HNY][1-9][0-9]{6}[0-9A-HJ-NPQRTUWXY]{9}[0-9A-HJ-NPQRTUWXY]$/.test(v)) return false
  return usccCheckChar(v.slice(0, 17)) === v[17]
}
