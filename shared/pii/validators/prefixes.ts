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

const allocated = new Set(mobileSegments.allocated.split(' '))
const reserved = new Set(mobileSegments.reserved.split(' '))

export type MobilePrefixStatus = 'allocated' | 'reserved' | 'invalid'

export function mobilePrefixStatus(number11: string): MobilePrefixStatus {
  if (!/^1[3-9]\d{9}$/.test(number11)) return 'invalid'
  const p = number11.slice(0, 3)
  return allocated.has(p) ? 'allocated' : reserved.has(p) ? 'reserved' : 'invalid'
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
