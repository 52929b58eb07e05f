/**
 * Number-range knowledge that changes slowly: mobile network segments (号段) and the card-issuer prefixes
 * Chinese banks use. Kept as data in one place so the ruleset hash moves when they do.
 */
export const mobileSegments = {
  /** allocated by MIIT to carriers as of 2024 (3-digit 号段) */
  allocated: '130 131 132 133 134 135 136 137 138 139 140 141 144 145 146 147 148 149 150 151 152 153 155 156 157 158 159 162 165 166 167 170 171 172 173 174 175 176 177 178 180 181 182 183 184 185 186 187 188 189 190 191 192 193 195 196 197 198 199',
  /** unallocated today but inside the mobile plan; a later allocation should not make old rules miss */
  reserved: '142 143 154 160 161 163 164 168 169 179 194',
}

export type MobilePrefixStatus = 'allocated' | 'reserved' | 'invalid'

/** 3-digit segment value → status, so a look-up needs no slicing */
const SEGMENTS: readonly MobilePrefixStatus[] = (() => {
  const t = new Array<MobilePrefixStatus>(1000).fill('invalid')
  for (const p of mobileSegments.reserved.split(' ')) t[Number(p)] = 'reserved'
  for (const p of mobileSegments.allocated.split(' ')) t[Number(p)] = 'allocated'
  return t
})()

/** Status of the 11 digits of `s` from `from` (default: `s` is exactly the 11-digit number). */
export function mobilePrefixStatus(s: string, from = 0): MobilePrefixStatus {
  if (from === 0 && s.length !== 11) return 'invalid'
  if (s.length < from + 11 || s.charCodeAt(from) !== 49) return 'invalid'
  let seg = 0
  for (let i = from; i < from + 11; i++) {
    const d = s.charCodeAt(i) - 48
    if (!(d >= 0 && d <= 9)) return 'invalid'
    if (i < from + 3) seg = seg * 10 + d
  }
  // 1[3-9]: anything else is not in the mobile plan
  return seg < 130 ? 'invalid' : SEGMENTS[seg]
}

export type BankIssuer = 'unionpay' | 'visa' | 'mastercard' | 'jcb' | 'amex' | 'domestic'

/** Issuer family from the leading digits and length (16-19 for cards issued by Chinese banks; 15 for Amex). */
export function bankIssuer(digits: string): BankIssuer | null {
  const n = digits.length
  if (n < 15 || n > 19) return null
  if (n === 15) return /^3[47]/.test(digits) ? 'amex' : null
  if (/^62/.test(digits)) return 'unionpay'
  // pre-UnionPay domestic debit ranges (工行 9558, 农行 9559, 光大 9559x, 中行 6013, 招行 690755 …)
  if (/^(?:9558|9559|60|69|68)/.test(digits)) return 'domestic'
  if (n === 16 && /^4/.test(digits)) return 'visa'
  if (n === 16 && /^(?:5[1-5]|222[1-9]|22[3-9]|2[3-6]|27[01]|2720)/.test(digits)) return 'mastercard'
  if (n >= 16 && /^35(?:2[89]|[3-8])/.test(digits)) return 'jcb'
  return null
}
