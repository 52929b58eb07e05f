/**
 * Type-specific masks (遮盖规则). Each works on the value AS WRITTEN: digits, letters and ideographs are
 * replaced in place, separators (spaces, line breaks, hyphens, dots, brackets) keep their position, and
 * full-width characters that are kept stay full-width. No mask returns the whole original value.
 *
 * | type | example in → out |
 * |---|---|
 * | ID_CARD | 340705199001011234 → 340705********1234 (15-digit: 6 + ******  + last 3) |
 * | MOBILE | 13812345678 → 138****5678 (+86 / 0086 prefix kept) |
 * | LANDLINE | 0551-62723683 → 0551-******83 (area code + last 2) |
 * | BANK_CARD | 6222 0212 3456 1234 → 6222 **** **** 1234 (first 4 + last 4) |
 * | EMAIL | zhang@example.com → z***@example.com (a@example.com → ***@example.com) |
 * | PASSPORT, HK_MACAO_PERMIT, TAIWAN_PERMIT | E12345678 → E******78 (first + last 2) |
 * | LICENSE_PLATE | 皖A·D12345 → 皖A·D1***5, 皖A12345 → 皖A1***5 |
 * | IP_ADDRESS | 192.168.1.10 → 192.168.*.* |
 * | USCC | 91340700MA2T1234X5 → 913407**********X5 |
 * | PERSON_NAME | 张三 → 张*, 周晓燕 → 周**, 欧阳娜娜 → 欧阳**; style mou: 张某, 周某某 |
 * | ADDRESS | 白马镇王岗村14组79号 → 白马镇王岗村****; level group: 白马镇王岗村14组**** |
 * | DATE_OF_BIRTH | 1990-01-01 → 1990-**-**, 1990年1月1日 → 1990年*月*日 |
 * | HEALTH | 确诊为新冠肺炎 → 【已隐去】 |
 * | CONFIDENTIAL_MARKER | cannot be masked: a policy blocks it or an officer removes it |
 */
import type { EntityType } from '../pii/index'
import { assertNever } from '../util/assert-never'
import { isAlnum, isDigit, maskUnits, significant, toUnits } from './chars'
import { maskAddress, type AddressLevel } from './mask-address'

/** Mask styles a policy may choose. */
export type MaskOptions = {
  /** 'star' 张* (default) or 'mou' 张某, as published penalty decisions write it */
  name?: 'star' | 'mou'
  /** how deep an address is kept; default 'village' */
  address?: AddressLevel
}

/** What `remove` leaves in place of a value: fixed, so it says nothing about the value's length or kind. */
export const REMOVED_TEXT = '【已删除】'
/** What a masked HEALTH finding becomes: health data has no partial form worth keeping. */
export const HIDDEN_TEXT = '【已隐去】'

/** Thrown for a type that has no mask (CONFIDENTIAL_MARKER): it blocks, or a person removes it. */
export class UnmaskableError extends Error {
  constructor(type: EntityType) {
    super(`${type} cannot be masked: resolve the block or remove it`)
    this.name = 'UnmaskableError'
  }
}

/** 复姓 — compound surnames a name mask keeps whole (not 张简/张廖, which clash with the common 张). */
const COMPOUND_SURNAMES = new Set(
  '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 令狐 慕容 司徒 夏侯 长孙 宇文 轩辕 端木 独孤 南宫 西门 呼延 万俟 闻人 澹台 公冶 宗政 濮阳 淳于 单于 太叔 申屠 钟离 赫连 鲜于 闾丘 司空 亓官 司寇 子车 颛孙 巫马 公西 漆雕 乐正 壤驷 公良 拓跋 夹谷 宰父 谷梁 段干 百里 东郭 南门 羊舌 微生 梁丘 左丘 东门 第五 公羊'.split(' '),
)

const isIdChar = (ch: string): boolean => isDigit(ch) || /^[Xx×Ｘｘ]$/u.test(ch)

export function maskValue(type: EntityType, value: string, options: MaskOptions = {}): string {
  switch (type) {
    case 'ID_CARD': {
      const units = toUnits(value, isIdChar)
      return maskUnits(units, (i, n) => i < 6 || i >= n - (n === 15 ? 3 : 4))
    }
    case 'MOBILE': {
      const units = toUnits(value, isDigit)
      // +86 / 0086 in front of the 11 digits is a country code, not part of the number
      const cc = Math.max(0, significant(units).length - 11)
      return maskUnits(units, (i, n) => i < cc + 3 || i >= n - 4)
    }
    case 'LANDLINE':
      return maskLandline(value)
    case 'BANK_CARD':
      return maskUnits(toUnits(value), (i, n) => i < 4 || i >= n - 4)
    case 'EMAIL':
      return maskEmail(value)
    case 'PASSPORT':
    case 'HK_MACAO_PERMIT':
    case 'TAIWAN_PERMIT':
      return maskUnits(toUnits(value), (i, n) => i < 1 || i >= n - 2)
    case 'LICENSE_PLATE':
      // province + city letter, then the first serial character (two for a 6-character new-energy serial) and the last
      return maskUnits(toUnits(value), (i, n) => i < (n - 2 >= 6 ? 4 : 3) || i === n - 1)
    case 'IP_ADDRESS':
      return maskIp(value)
    case 'USCC':
      return maskUnits(toUnits(value), (i, n) => i < 6 || i >= n - 2)
    case 'PERSON_NAME':
      return maskName(value, options.name ?? 'star')
    case 'ADDRESS':
      return maskAddress(value, options.address ?? 'village')
    case 'DATE_OF_BIRTH':
      // the year stays (age matters in some notices); month and day go
      return maskUnits(toUnits(value, isDigit), (i) => i < 4)
    case 'HEALTH':
      return HIDDEN_TEXT
    case 'CONFIDENTIAL_MARKER':
      throw new UnmaskableError(type)
    default:
      return assertNever(type)
  }
}

/** Keeps the area code (the first group when written with a separator, else 3 or 4 digits by prefix) and the last 2 digits. */
function maskLandline(value: string): string {
  const units = toUnits(value, isDigit)
  const digits = significant(units)
  const firstGroup = /^[^\p{Nd}]*((?:\p{Nd})+)[^\p{Nd}]+\p{Nd}/u.exec(value)?.[1]
  let area = 0
  if (digits[0] === '0') {
    const groupLength = firstGroup ? Array.from(firstGroup).length : 0
    area = groupLength === 3 || groupLength === 4 ? groupLength : digits[1] === '1' || digits[1] === '2' ? 3 : 4
  }
  return maskUnits(units, (i, n) => i < area || i >= n - 2)
}

/**
 * First character of the local part, then a fixed *** (the length of a mailbox name says too much), then
 * the domain. A one-character mailbox keeps nothing: its character and the domain would be the whole address.
 */
function maskEmail(value: string): string {
  const at = Math.max(value.lastIndexOf('@'), value.lastIndexOf('＠'))
  const local = Array.from(value.slice(0, Math.max(at, 0)))
  const first = local.findIndex((ch) => isAlnum(ch))
  if (at <= 0 || first < 0) return maskUnits(toUnits(value), () => false)
  const head = local.filter(isAlnum).length >= 2 ? local.slice(0, first + 1).join('') : ''
  return `${head}***${value.slice(at)}`
}

/** IPv4 keeps the first two octets (the network), IPv6 the first two groups; each later part becomes one *. */
function maskIp(value: string): string {
  const v6 = value.includes(':')
  const parts = value.split(v6 ? /(:)/ : /([.．。])/)
  // parts alternate value, separator, value, …
  const kept = parts.map((part, k) => (k % 2 === 1 || k < 4 || part === '' ? part : '*'))
  const out = kept.join('')
  return parts.length < 5 ? maskUnits(toUnits(value), () => false) : out
}

function maskName(value: string, style: 'star' | 'mou'): string {
  const units = toUnits(value)
  const sig = significant(units)
  const surname = sig.length >= 3 && COMPOUND_SURNAMES.has(sig.slice(0, 2).join('')) ? 2 : 1
  // 某 stands for the given name in the published-decision style; * otherwise
  return maskUnits(units, (i) => i < surname, style === 'mou' ? '某' : '*')
}

