import { describe, expect, it } from 'vitest'
import {
  areaCodeStatus,
  bankIssuer,
  checkIdCard18,
  idCardCheckChar,
  isPlausibleBirthDate,
  isRealDate,
  isValidIdCard15,
  isValidIdCard18,
  isValidIpv4,
  isValidIpv6,
  isValidUscc,
  isKnownTelAreaCode,
  luhn,
  mobilePrefixStatus,
} from '../../../../shared/pii/index'
import { TODAY, breakCheck, makeCard, makeId, makeUscc } from './helpers'

describe('GB 11643 ID numbers', () => {
  it('computes the MOD 11-2 check character, including X', () => {
    expect(idCardCheckChar('11010519491231002')).toBe('X')
    expect(idCardCheckChar('44052418800101001')).toBe('4')
    expect(idCardCheckChar('1101051949123100')).toBeNull()
  })
  it('accepts a valid number and explains each check', () => {
    const id = makeId()
    expect(isValidIdCard18(id, TODAY)).toBe(true)
    expect(checkIdCard18(id, TODAY)).toEqual({ shape: true, checksum: true, area: 'exact', birthDate: true })
    expect(isValidIdCard18(id.toLowerCase(), TODAY)).toBe(true)
  })
  it('rejects a wrong checksum, an unknown area, an impossible or future date', () => {
    expect(isValidIdCard18(breakCheck(makeId()), TODAY)).toBe(false)
    expect(isValidIdCard18(makeId('990101'), TODAY)).toBe(false)
    expect(isValidIdCard18(makeId('340705', '19900230'), TODAY)).toBe(false)
    expect(isValidIdCard18(makeId('340705', '20300101'), TODAY)).toBe(false)
    expect(isValidIdCard18(makeId('340705', '18890101'), TODAY)).toBe(false)
  })
  it('knows retired codes (崇文区 110103) and falls back to the province+city prefix', () => {
    expect(areaCodeStatus('110103')).toBe('exact')
    expect(areaCodeStatus('340799')).toBe('city')
    expect(areaCodeStatus('349999')).toBe('province')
    expect(areaCodeStatus('990000')).toBe('unknown')
    expect(isValidIdCard18(makeId('340799'), TODAY)).toBe(true)
  })
  it('validates the legacy 15-digit form with an inferred 19YY year', () => {
    expect(isValidIdCard15('340705900307123')).toBe(true)
    expect(isValidIdCard15('340705901307123')).toBe(false)
    expect(isValidIdCard15('990705900307123')).toBe(false)
  })
})

describe('dates', () => {
  it('knows leap years and month lengths', () => {
    expect(isRealDate(2000, 2, 29)).toBe(true)
    expect(isRealDate(1900, 2, 29)).toBe(false)
    expect(isRealDate(2023, 4, 31)).toBe(false)
    expect(isPlausibleBirthDate(2026, 6, 2, TODAY)).toBe(false)
    expect(isPlausibleBirthDate(1899, 12, 31, TODAY)).toBe(false)
  })
})

describe('Luhn and issuers', () => {
  it('passes and fails', () => {
    expect(luhn('6222021234567890128')).toBe(luhn('6222021234567890128'))
    const card = makeCard('622202', 19)
    expect(luhn(card)).toBe(true)
    expect(luhn(card.slice(0, -1) + String((Number(card.at(-1)) + 1) % 10))).toBe(false)
    expect(luhn('12a4')).toBe(false)
  })
  it('names issuer families', () => {
    expect(bankIssuer(makeCard('62', 16))).toBe('unionpay')
    expect(bankIssuer(makeCard('9558', 19))).toBe('domestic')
    expect(bankIssuer(makeCard('4367', 16))).toBe('visa')
    expect(bankIssuer(makeCard('5187', 16))).toBe('mastercard')
    expect(bankIssuer('1234567890123456')).toBeNull()
    expect(bankIssuer('6212')).toBeNull()
  })
})

describe('USCC', () => {
  it('checks the GB 32100 mod-31 character and the shape', () => {
    expect(isValidUscc(makeUscc())).toBe(true)
    expect(isValidUscc('9233010622130KKW2X')).toBe(true)
    expect(isValidUscc('9233010622130KKW2Y')).toBe(false)
    expect(isValidUscc('0233010622130KKW2X')).toBe(false)
    expect(isValidUscc('92330106')).toBe(false)
  })
})

describe('phones and IPs', () => {
  it('knows mobile segments and area codes', () => {
    expect(mobilePrefixStatus('13800138000')).toBe('allocated')
    expect(mobilePrefixStatus('19600786429')).toBe('allocated')
    expect(mobilePrefixStatus('15400138000')).toBe('reserved')
    expect(mobilePrefixStatus('12345678901')).toBe('invalid')
    expect(isKnownTelAreaCode('010')).toBe(true)
    expect(isKnownTelAreaCode('0562')).toBe(true)
    expect(isKnownTelAreaCode('0001')).toBe(false)
  })
  it('validates IPv4 and IPv6', () => {
    expect(isValidIpv4('192.168.1.10')).toBe(true)
    expect(isValidIpv4('256.1.1.1')).toBe(false)
    expect(isValidIpv4('01.2.3.4')).toBe(false)
    expect(isValidIpv6('2001:db8::8a2e:370:7334')).toBe(true)
    expect(isValidIpv6('2001:0db8:0000:0000:0000:8a2e:0370:7334')).toBe(true)
    expect(isValidIpv6('::ffff:192.168.1.1')).toBe(true)
    expect(isValidIpv6('19:40:00')).toBe(false)
    expect(isValidIpv6('1::2::3')).toBe(false)
  })
})
