/**
 * Why a finding was made, as codes and parameters (issue 13, item 3). The engine never builds an
 * explanation as a sentence: it names the evidence by code and hands over the words it quotes (a label, a
 * header, a surname) as parameters. Whoever shows a finding words it: the renderer's catalogue in the
 * officer's language (`renderer/i18n/messages.ts`, keys `reason.<code>`), and `reasonEnglish` below for the
 * command line's `reasons` strings (contracts: `scan --json`), which read exactly as they always have.
 *
 * A reason may carry a second one it is qualified by (`but`): "fails checksum, but in column 身份证号".
 */

/** Every reason's wording in the engine's terse English, by code: the one list of what a finding can say. */
const ENGLISH = {
  columnHeader: (p) => `column header ${p.header}`,
  inColumn: (p) => `in column ${p.header}`,
  officeAddressLabel: (p) => `office address label ${p.label}`,
  valueAfterLabel: (p) => `value after label ${p.label}`,
  afterLabel: (p) => `after label ${p.label}`,
  afterWord: (p) => `after ${p.word}`,
  label: (p) => `label ${p.label}`,
  context: (p) => `context ${p.word}`,
  surname: (p) => `surname ${p.surname}`,
  title: (p) => `title ${p.word}`,
  followedByGender: () => 'followed by gender',
  wordName: () => 'a word that is also a name',
  followedByOffice: () => 'followed by an office name',
  followedBy: (p) => `followed by ${p.word}`,
  listItem: () => 'starts a numbered list item',
  repeatedName: () => 'same name found elsewhere in this notice',
  givenNameOnly: () => 'given name of a person named elsewhere in this notice',
  nameLikeness: (p) => `name-likeness ${p.value}`,
  healthClause: (p) => `clause reads as someone's ailment ${p.value}`,
  healthTagged: (p) => `characters read as someone's condition ${p.value}`,
  confirmedName: () => 'confirmed elsewhere in the document',
  listedName: () => 'in a 、-list beside a name',
  nameContextFor: () => 'the characters around it are those around names',
  nameContextAgainst: () => 'against: the characters around it are seldom around a name',
  dottedName: () => 'transliterated name with a middle dot',
  ethnicNameStart: (p) => `transliterated name starting ${p.word}`,
  latinSurname: (p) => `romanised surname ${p.surname}`,
  latinPair: () => 'romanised name beside its Chinese form',
  roleTranslit: () => 'transliterated name after a role word',
  verbTranslit: () => 'transliterated name before a verb',
  sexTranslit: () => 'transliterated name before its sex',
  listTranslit: () => 'transliterated name in a list with another',
  roleLatin: () => 'romanised name after a role word',
  genderLatin: () => 'romanised name before its sex',
  nationalityLatin: () => 'romanised name before its nationality',
  againstThing: () => 'against: a medicine, food or animal word',
  againstThingBeside: () => 'against: beside a medicine, food or animal word',
  againstThingList: () => 'against: in a list of things',
  idChecksum: () => 'checksum MOD 11-2 passed',
  idChecksumFails: () => 'fails checksum',
  idArea: (p) => `area code ${p.code} valid`,
  idAreaUnknown: (p) => `area code ${p.code} not listed`,
  idAreaPrefix: (p) => `area code ${p.code} not listed, prefix ${p.prefix} valid`,
  provinceMasked: (p) => `province code ${p.province} valid, area masked`,
  residencePermit: (p) => `港澳台居民居住证 code ${p.code}`,
  disabilityCert: () => '残疾人证 category and level suffix',
  idLegacy: () => 'legacy 15-digit form',
  idBirth: (p) => `birth date ${p.date} valid`,
  mobileSegment: (p) => `mobile segment ${p.segment} allocated`,
  mobileReserved: (p) => `mobile segment ${p.segment} reserved`,
  countryCode: (p) => `country code ${p.code}`,
  writtenAs: (p) => `written as ${p.groups}`,
  areaCode: (p) => `area code ${p.code} valid`,
  areaCodeBrackets: () => 'area code in brackets',
  subscriberDigits: (p) => `${p.count}-digit subscriber number`,
  extension: (p) => `extension ${p.digits}`,
  noAreaCode: () => 'subscriber number without area code',
  eightDigitsAfter: (p) => `8 digits after ${p.word}`,
  officeService: (p) => `office service number (${p.org})`,
  officeServiceNearby: () => 'office service number context nearby',
  intlMobile: (p) => `${p.count}-digit mobile number`,
  twLocalMobile: () => 'Taiwan mobile 09xx-xxx-xxx',
  intlFixed: (p) => `${p.count}-digit fixed-line number`,
  bankIssuer: (p) => `issuer prefix ${p.issuer}`,
  luhn: () => 'Luhn passed',
  luhnFails: () => 'fails Luhn',
  unknownIssuer: () => 'unknown issuer prefix',
  digits: (p) => `${p.count} digits`,
  emailShape: () => 'address shape local@domain.tld',
  govMailbox: () => 'government domain: an office mailbox',
  officeContact: () => 'office contact context',
  ipv4: () => 'IPv4 octets 0-255',
  ipv6: () => 'IPv6 groups valid',
  plate: () => 'ordinary plate shape',
  plateNewEnergy: () => 'new-energy 8-character plate',
  plateSpecial: () => 'special plate shape',
  plateIrregular: () => 'irregular new-energy form, vehicle named beside it',
  plateLowerCase: () => 'typed in lower case',
  vehicleBeside: () => 'vehicle named beside it',
  usccValid: () => 'GB 32100 check character passed',
  usccFails: () => 'fails GB 32100 check character',
  failsValidation: () => 'fails validation',
  shape: (p) => `shape ${p.what}`,
  labelledBadFormat: () => 'does not match the document format: flagged for its label',
  columnBadFormat: () => 'does not match the document format: flagged for its column',
  foreignDocument: () => 'a foreign document’s own numbering: format not checked',
  addressGazetteer: () => 'gazetteer start',
  addressLabel: () => 'label start',
  addressRoad: () => 'road start',
  addressVillage: () => 'village start',
  addressBuilding: () => 'building start',
  addressGroup: () => 'group start',
  addressBracket: () => 'in brackets after a name',
  addressNeighbour: () => 'door of a building named before',
  addressDepth: (p) => `address depth ${p.depth} (${p.parts})`,
  officeBefore: () => 'an office named before it',
  realDate: () => 'real calendar date',
  bornAfter: () => 'date followed by 出生/生',
  bornYearAfter: () => 'year followed by 出生/生',
  afterSex: () => 'date right after a person\'s sex (孙满仓，男，1947年8月)',
  afterRelation: () => 'date in the cell after a household member\'s relation (贾立军 本人 1976年8月9日)',
  afterName: () => 'date alone in the bracket after a person\'s name (刘长顺（1944年2月）)',
  afterAge: () => 'date right after a person\'s age, and the age agrees with it',
  bornAt: () => 'date followed by where someone was born',
  afterBirthLabel: () => 'after a birth label',
  chineseDate: () => 'date in Chinese numerals',
  lunarDate: () => 'date with a month of the lunar calendar (腊月, 冬月, 正月)',
  pregnancyTerm: (p) => `lexicon pregnancy: ${p.word}`,
  mentalHealthTerm: (p) => `lexicon mental: ${p.word}`,
  minorsTerm: (p) => `lexicon minor: ${p.word}`,
  healthDisease: () => 'health disease',
  healthGeneric: () => 'health generic',
  healthSymptom: () => 'health symptom',
  healthTreatment: () => 'health treatment',
  healthRevealing: () => 'a treatment or device that tells of a condition by itself',
  healthResult: () => 'health result',
  healthLabValue: () => 'health labValue',
  healthProcedure: () => 'health procedure',
  healthMedication: () => 'health medication',
  healthPhrase: () => 'health phrase',
  healthComplaint: () => 'complaint in everyday words',
  healthSign: () => 'health sign',
  healthScore: () => 'health score',
  aboutPerson: () => 'sentence is about a person',
  tiedBy: (p) => `tied to someone by ${p.word}`,
  tiedByName: () => 'tied to someone by a name',
  documentPerson: () => 'document is about a person',
  complaintOfSubject: () => 'said of the person before it',
  listedConditions: () => 'listed with other conditions',
  statistics: () => 'statistics, not a person',
  programme: () => 'programme or service name',
  healthOrganisation: () => 'names an organisation',
  noPersonInSentence: () => 'no person in the sentence',
  healthPopulation: () => 'a group of people, not one person',
  noPersonInDocument: () => 'nobody in the document',
  healthNonHuman: () => 'about a crop, an animal or a sample, not a person',
  healthProduct: () => 'a product named, not what someone takes',
  qualifiers: () => 'with its qualifiers',
  negated: () => 'ruled out by a negation',
  advice: () => 'advice or a programme, not a person',
  conditionInCell: () => 'a condition found inside the cell',
  disability: () => 'disability category or level',
  disabilityLevel: () => 'disability level',
  assessedLevel: (p) => `assessed as ${p.level}`,
  marker: (p) => `marker ${p.word}`,
  classification: (p) => `classification mark ${p.word}`,
  classificationField: () => 'value of a classification field',
  aloneOnLine: () => 'alone on its line',
  inBrackets: () => 'in brackets',
  bareInternal: () => 'bare 内部 qualifier',
  readership: () => 'scope of readership',
  discretion: () => 'a promise of discretion, not a mark on the document',
} satisfies Record<string, (params: Readonly<Record<string, string>>) => string>

export type ReasonCode = keyof typeof ENGLISH
export type ReasonParams = Readonly<Record<string, string>>

/** One piece of evidence: a code, the words it quotes, and (rarely) the evidence that outweighs it. */
export type Reason = { readonly code: ReasonCode; readonly params?: ReasonParams; readonly but?: Reason }

/** Every code, in the catalogue's order (for the renderer's completeness test). */
export const REASON_CODES = Object.keys(ENGLISH) as readonly ReasonCode[]

const plain = new Map<ReasonCode, Reason>()

/** A reason that quotes nothing; one shared frozen object per code (findings hold it, never change it). */
export function reason(code: ReasonCode): Reason {
  let r = plain.get(code)
  if (!r) {
    r = Object.freeze({ code })
    plain.set(code, r)
  }
  return r
}

/** A reason quoting `params`. Frozen: findings share reasons (see interned.ts). */
export function reasonWith(code: ReasonCode, params: ReasonParams): Reason {
  return Object.freeze({ code, params: Object.freeze({ ...params }) })
}

/** `first`, qualified by `second` ("fails checksum, but in column 身份证号"). */
export function reasonBut(first: Reason, second: Reason): Reason {
  return Object.freeze({ code: first.code, ...(first.params ? { params: first.params } : {}), but: first.but ? reasonBut(first.but, second) : second })
}

/** The engine's English for one reason, as `scan --json` prints it. */
export function reasonEnglish(r: Reason): string {
  const words = ENGLISH[r.code](r.params ?? {})
  return r.but ? `${words}, but ${reasonEnglish(r.but)}` : words
}

/** The English of every reason of a finding, in order (the CLI's `reasons`, the fitting scripts' keys). */
export function reasonsEnglish(reasons: readonly Reason[]): string[] {
  return reasons.map(reasonEnglish)
}

/** Whether two reasons say the same (same code, same quoted words, same qualification). */
export function sameReason(a: Reason, b: Reason): boolean {
  if (a === b) return true
  if (a.code !== b.code) return false
  if (a.params !== b.params) {
    if (!a.params || !b.params) return false
    const keys = Object.keys(a.params)
    if (keys.length !== Object.keys(b.params).length) return false
    for (const k of keys) if (a.params[k] !== b.params[k]) return false
  }
  if (a.but === b.but) return true
  return a.but !== undefined && b.but !== undefined && sameReason(a.but, b.but)
}

/** Whether two findings' reasons say the same, in the same order. */
export function sameReasons(a: readonly Reason[], b: readonly Reason[]): boolean {
  if (a === b) return true
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (!sameReason(a[i], b[i])) return false
  return true
}
