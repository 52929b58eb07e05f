import type { EntityType } from '../../../shared/pii/index'
import type { MessageKey } from '../../i18n/messages'
import type { MessageParams, Translate } from '../../i18n/translate'

type Rule = { pattern: RegExp; key: MessageKey; params?: (match: RegExpExecArray) => MessageParams }

const group = (n: number, name: string) => (match: RegExpExecArray) => ({ [name]: match[n] ?? '' })

/**
 * The engine explains findings in terse English (shared/pii). These rules put each explanation into the
 * officer's language — and leave out the parts that would repeat the value the panel shows masked
 * (birth dates and area codes of ID numbers, address parts, health words).
 */
const rules: readonly Rule[] = [
  { pattern: /^column header (.+)$/, key: 'reason.columnHeader', params: group(1, 'header') },
  { pattern: /^in column (.+)$/, key: 'reason.inColumn', params: group(1, 'header') },
  { pattern: /^office address label (.+)$/, key: 'reason.officeAddressLabel', params: group(1, 'label') },
  { pattern: /^value after label (.+)$/, key: 'reason.valueAfterLabel', params: group(1, 'label') },
  { pattern: /^after label (.+)$/, key: 'reason.afterLabel', params: group(1, 'label') },
  { pattern: /^after (?!label )(.+)$/, key: 'reason.afterWord', params: group(1, 'word') },
  { pattern: /^label (.+)$/, key: 'reason.label', params: group(1, 'label') },
  { pattern: /^context (.+)$/, key: 'reason.context', params: group(1, 'word') },
  { pattern: /^surname (.+)$/, key: 'reason.surname', params: group(1, 'surname') },
  { pattern: /^title (.+)$/, key: 'reason.title', params: group(1, 'word') },
  { pattern: /^followed by gender$/, key: 'reason.followedByGender' },
  { pattern: /^a word that is also a name$/, key: 'reason.wordName' },
  { pattern: /^followed by an office name$/, key: 'reason.followedByOffice' },
  { pattern: /^followed by (.+)$/, key: 'reason.followedBy', params: group(1, 'word') },
  { pattern: /^starts a numbered list item$/, key: 'reason.listItem' },
  { pattern: /^same name found elsewhere in this notice$/, key: 'reason.repeatedName' },
  { pattern: /^given name of a person named elsewhere in this notice$/, key: 'reason.givenNameOnly' },
  { pattern: /^name-likeness (\d\.\d+)$/, key: 'reason.nameLikeness', params: group(1, 'value') },
  { pattern: /^confirmed elsewhere in the document$/, key: 'reason.confirmedName' },
  { pattern: /^in a 、-list beside a name$/, key: 'reason.listedName' },
  { pattern: /^transliterated name with a middle dot$/, key: 'reason.dottedName' },
  { pattern: /^transliterated name starting (.+)$/, key: 'reason.ethnicNameStart', params: group(1, 'word') },
  { pattern: /^romanised surname (.+)$/, key: 'reason.latinSurname', params: group(1, 'surname') },
  { pattern: /^romanised name beside its Chinese form$/, key: 'reason.latinPair' },
  { pattern: /^transliterated name after a role word$/, key: 'reason.roleTranslit' },
  { pattern: /^transliterated name before a verb$/, key: 'reason.verbTranslit' },
  { pattern: /^transliterated name before its sex$/, key: 'reason.sexTranslit' },
  { pattern: /^transliterated name in a list with another$/, key: 'reason.listTranslit' },
  { pattern: /^romanised name after a role word$/, key: 'reason.roleLatin' },
  { pattern: /^romanised name before its sex$/, key: 'reason.genderLatin' },
  { pattern: /^romanised name before its nationality$/, key: 'reason.nationalityLatin' },
  { pattern: /^checksum MOD 11-2 passed$/, key: 'reason.idChecksum' },
  { pattern: /^fails checksum$/, key: 'reason.idChecksumFails' },
  { pattern: /^港澳台居民居住证 code /, key: 'reason.residencePermit' },
  { pattern: /^残疾人证 category and level suffix$/, key: 'reason.disabilityCert' },
  { pattern: /^legacy 15-digit form$/, key: 'reason.idLegacy' },
  { pattern: /^birth date .+ valid$/, key: 'reason.idBirth' },
  { pattern: /^mobile segment (\d+) allocated$/, key: 'reason.mobileSegment', params: group(1, 'segment') },
  { pattern: /^mobile segment (\d+) reserved$/, key: 'reason.mobileReserved', params: group(1, 'segment') },
  { pattern: /^country code (.+)$/, key: 'reason.countryCode', params: group(1, 'code') },
  { pattern: /^written as (.+)$/, key: 'reason.writtenAs', params: (m) => ({ groups: (m[1] ?? '').replace(/\d+/g, (d) => String(d.length)) }) },
  { pattern: /^area code in brackets$/, key: 'reason.areaCodeBrackets' },
  { pattern: /^(\d+)-digit subscriber number$/, key: 'reason.subscriberDigits', params: group(1, 'count') },
  { pattern: /^extension /, key: 'reason.extension' },
  { pattern: /^subscriber number without area code$/, key: 'reason.noAreaCode' },
  { pattern: /^8 digits after (.+)$/, key: 'reason.eightDigitsAfter', params: group(1, 'word') },
  { pattern: /^office service number \((.+)\)$/, key: 'reason.officeService', params: group(1, 'org') },
  { pattern: /^office service number context nearby$/, key: 'reason.officeServiceNearby' },
  { pattern: /^issuer prefix (.+)$/, key: 'reason.bankIssuer', params: group(1, 'issuer') },
  { pattern: /^Luhn passed$/, key: 'reason.luhn' },
  { pattern: /^fails Luhn$/, key: 'reason.luhnFails' },
  { pattern: /^unknown issuer prefix$/, key: 'reason.unknownIssuer' },
  { pattern: /^(\d+) digits$/, key: 'reason.digits', params: group(1, 'count') },
  { pattern: /^address shape local@domain\.tld$/, key: 'reason.emailShape' },
  { pattern: /^government domain: an office mailbox$/, key: 'reason.govMailbox' },
  { pattern: /^office contact context$/, key: 'reason.officeContact' },
  { pattern: /^IPv4 octets 0-255$/, key: 'reason.ipv4' },
  { pattern: /^IPv6 groups valid$/, key: 'reason.ipv6' },
  { pattern: /^new-energy 8-character plate$/, key: 'reason.plateNewEnergy' },
  { pattern: /^ordinary plate shape$/, key: 'reason.plate' },
  { pattern: /^special plate shape$/, key: 'reason.plateSpecial' },
  { pattern: /^GB 32100 check character passed$/, key: 'reason.usccValid' },
  { pattern: /^fails GB 32100 check character$/, key: 'reason.usccFails' },
  { pattern: /^fails validation$/, key: 'reason.failsValidation' },
  { pattern: /^shape /, key: 'reason.shape' },
  { pattern: /^gazetteer start$/, key: 'reason.addressGazetteer' },
  { pattern: /^label start$/, key: 'reason.addressLabel' },
  { pattern: /^road start$/, key: 'reason.addressRoad' },
  { pattern: /^address depth (\d+)/, key: 'reason.addressDepth', params: group(1, 'depth') },
  { pattern: /^real calendar date$/, key: 'reason.realDate' },
  { pattern: /^date followed by 出生\/生$/, key: 'reason.bornAfter' },
  { pattern: /^year followed by 出生\/生$/, key: 'reason.bornYearAfter' },
  { pattern: /^date followed by where someone was born$/, key: 'reason.bornAt' },
  { pattern: /^diagnosis (.+) \+ disease term$/, key: 'reason.diagnosis', params: group(1, 'word') },
  { pattern: /^lexicon ([^:]+):/, key: 'reason.healthLexicon', params: group(1, 'list') },
  { pattern: /^sentence is about a person$/, key: 'reason.aboutPerson' },
  { pattern: /^disability category or level$/, key: 'reason.disability' },
  { pattern: /^marker (.+)$/, key: 'reason.marker', params: group(1, 'word') },
  { pattern: /^classification mark (.+)$/, key: 'reason.classification', params: group(1, 'word') },
  { pattern: /^bare 内部 qualifier$/, key: 'reason.bareInternal' },
  { pattern: /^scope of readership$/, key: 'reason.readership' },
  { pattern: /^health disease$/, key: 'reason.healthDisease' },
  { pattern: /^health generic$/, key: 'reason.healthGeneric' },
  { pattern: /^health symptom$/, key: 'reason.healthSymptom' },
  { pattern: /^health treatment$/, key: 'reason.healthTreatment' },
  { pattern: /^health result$/, key: 'reason.healthResult' },
  { pattern: /^health labValue$/, key: 'reason.healthLabValue' },
  { pattern: /^health procedure$/, key: 'reason.healthProcedure' },
  { pattern: /^health medication$/, key: 'reason.healthMedication' },
  { pattern: /^health phrase$/, key: 'reason.healthPhrase' },
  { pattern: /^health sign$/, key: 'reason.healthSign' },
  { pattern: /^health score$/, key: 'reason.healthScore' },
  { pattern: /^tied to someone by (.+)$/, key: 'reason.tiedBy', params: group(1, 'word') },
  { pattern: /^document is about a person$/, key: 'reason.documentPerson' },
  { pattern: /^listed with other conditions$/, key: 'reason.listedConditions' },
  { pattern: /^statistics, not a person$/, key: 'reason.statistics' },
  { pattern: /^programme or service name$/, key: 'reason.programme' },
  { pattern: /^names an organisation$/, key: 'reason.healthOrganisation' },
  { pattern: /^no person in the sentence$/, key: 'reason.noPersonInSentence' },
  { pattern: /^a group of people, not one person$/, key: 'reason.healthPopulation' },
  { pattern: /^nobody in the document$/, key: 'reason.noPersonInDocument' },
  { pattern: /^about a crop, an animal or a sample, not a person$/, key: 'reason.healthNonHuman' },
  { pattern: /^a product named, not what someone takes$/, key: 'reason.healthProduct' },
  { pattern: /^with its qualifiers$/, key: 'reason.qualifiers' },
  { pattern: /^ruled out by a negation$/, key: 'reason.negated' },
  { pattern: /^advice or a programme, not a person$/, key: 'reason.advice' },
  { pattern: /^village start$/, key: 'reason.addressVillage' },
  { pattern: /^in brackets after a name$/, key: 'reason.addressBracket' },
  { pattern: /^building start$/, key: 'reason.addressBuilding' },
  { pattern: /^group start$/, key: 'reason.addressGroup' },
  { pattern: /^door of a building named before$/, key: 'reason.addressNeighbour' },
  { pattern: /^an office named before it$/, key: 'reason.officeBefore' },
  { pattern: /^province code \d+ valid, area masked$/, key: 'reason.provinceMasked' },
  { pattern: /^does not match the document format: flagged for its label$/, key: 'reason.labelledBadFormat' },
  { pattern: /^does not match the document format: flagged for its column$/, key: 'reason.columnBadFormat' },
  { pattern: /^a foreign document’s own numbering: format not checked$/, key: 'reason.foreignDocument' },
  { pattern: /^irregular new-energy form, vehicle named beside it$/, key: 'reason.plateIrregular' },
  { pattern: /^after a birth label$/, key: 'reason.afterBirthLabel' },
  { pattern: /^date in Chinese numerals$/, key: 'reason.chineseDate' },
  { pattern: /^a promise of discretion, not a mark on the document$/, key: 'reason.discretion' },
  { pattern: /^(\d+)-digit mobile number$/, key: 'reason.intlMobile', params: group(1, 'count') },
  { pattern: /^Taiwan mobile 09xx-xxx-xxx$/, key: 'reason.twLocalMobile' },
  { pattern: /^(\d+)-digit fixed-line number$/, key: 'reason.intlFixed', params: group(1, 'count') },
  { pattern: /^against: a medicine, food or animal word$/, key: 'reason.againstThing' },
  { pattern: /^against: beside a medicine, food or animal word$/, key: 'reason.againstThingBeside' },
  { pattern: /^against: in a list of things$/, key: 'reason.againstThingList' },
  { pattern: /^a condition found inside the cell$/, key: 'reason.conditionInCell' },
  { pattern: /^disability level$/, key: 'reason.disabilityLevel' },
  { pattern: /^assessed as /, key: 'reason.assessedLevel' },
  { pattern: /^alone on its line$/, key: 'reason.aloneOnLine' },
  { pattern: /^in brackets$/, key: 'reason.inBrackets' },
  { pattern: /^value of a classification field$/, key: 'reason.classificationField' },
]

/** `area code …` means the 6-digit 行政区划 of an ID number, or a landline's 区号: the type tells which. */
function areaCode(reason: string, type: EntityType, t: Translate): string | undefined {
  const match = /^area code (\d+) (valid|not listed, prefix \d+ valid|not listed)$/.exec(reason)
  if (!match) return undefined
  if (type === 'LANDLINE') return t('reason.areaCode', { code: match[1] ?? '' })
  return t(match[2] === 'valid' ? 'reason.idArea' : match[2] === 'not listed' ? 'reason.idAreaUnknown' : 'reason.idAreaPrefix')
}

/** One engine explanation in the reader's language; one the rules do not know is shown as written. */
export function reasonText(reason: string, type: EntityType, t: Translate): string {
  const but = /^(.+?), but (.+)$/.exec(reason)
  if (but) return t('reason.but', { first: reasonText(but[1] ?? '', type, t), second: reasonText(but[2] ?? '', type, t) })
  const area = areaCode(reason, type, t)
  if (area !== undefined) return area
  for (const rule of rules) {
    const match = rule.pattern.exec(reason)
    if (match) return t(rule.key, rule.params?.(match))
  }
  return reason
}
