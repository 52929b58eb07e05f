import type { LocalizedText } from '../policy/types'
import type { EnvelopeProblem } from './dsse'
import type { TrustProblem } from './trust'

/**
 * Every reason the verifier gives, in plain Chinese first and English second. A publisher reads these at the
 * moment a bundle is refused, so each says what was found and what it means, never a stack trace.
 */

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en })

/** Which envelope a message is about. */
export type Side = 'draft' | 'approval'
const side = (s: Side): LocalizedText => (s === 'draft' ? t('拟稿', 'draft') : t('审核', 'approval'))
const fileOf = (s: Side): string => (s === 'draft' ? 'attest/draft.dsse.json' : 'attest/approval.dsse.json')

/** Up to five items joined; the rest counted, so one reason stays readable for a bundle with many bad files. */
export function joinReasons(items: readonly LocalizedText[]): LocalizedText {
  const shown = items.slice(0, 5)
  const more = items.length - shown.length
  return t(
    shown.map((r) => r['zh-CN']).join('；') + (more > 0 ? `；另有 ${more} 处问题` : ''),
    shown.map((r) => r.en).join('; ') + (more > 0 ? `; and ${more} more` : ''),
  )
}

export const shortKey = (keyid: string): string => `${keyid.slice(0, 16)}…`

/**
 * A string from an unverified file, made safe to print: controls and invisible or direction-changing characters
 * become \u{…} escapes (no terminal escape sequences, no right-to-left tricks) and long values are cut.
 */
export function shown(value: string, max = 80): string {
  const cut = [...value].slice(0, max)
  const text = cut.join('').replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`)
  return cut.length < [...value].length ? `${text}…` : text
}

/** Why a key could not sign at a moment (see keyValidity in trust.ts). */
export type InvalidWhy = 'not-yet-valid' | 'expired' | 'revoked' | 'compromised' | 'bad-time'

function invalidity(why: InvalidWhy, bound: string): LocalizedText {
  const zh = {
    'not-yet-valid': `尚未生效（生效于 ${bound}）`,
    expired: `已过期（有效期至 ${bound}）`,
    revoked: `已被吊销（吊销于 ${bound}）`,
    compromised: `已泄露并被吊销（吊销于 ${bound}）：这把密钥做出的所有签名都不再可信，无论签名时间写的是哪天`,
    'bad-time': '时间无法识别',
  }[why]
  const en = {
    'not-yet-valid': `was not yet valid (valid from ${bound})`,
    expired: `had expired (valid until ${bound})`,
    revoked: `had been revoked (at ${bound})`,
    compromised: `was revoked as compromised (at ${bound}): no signature it ever made can be trusted, whatever date it claims`,
    'bad-time': 'has an unreadable time',
  }[why]
  return t(zh, en)
}

export const msg = {
  skipped: (why: LocalizedText): LocalizedText => t(`未能检查：${why['zh-CN']}`, `Not checked: ${why.en}`),
  trustUnusable: t('信任列表不可用', 'the trust list is unusable'),
  envelopeUnreadable: (s: Side): LocalizedText => t(`${side(s)['zh-CN']}签名信封无法读取`, `the ${side(s).en} envelope could not be read`),
  signatureUnverified: (s: Side): LocalizedText => t(`${side(s)['zh-CN']}签名未通过验证`, `the ${side(s).en} signature did not verify`),

  trustOk: (n: number): LocalizedText => t(`信任列表格式正确，含 ${n} 个公钥`, `The trust list is well formed and holds ${n} keys`),
  trustProblem: (p: TrustProblem): LocalizedText =>
    p.kind === 'schema'
      ? t(`信任列表格式不正确（${shown(p.path) || '根'}：${p.message}）`, `The trust list is malformed (${shown(p.path) || 'root'}: ${p.message})`)
      : t(`信任列表中的密钥编号 ${shortKey(p.keyid)} 与其公钥不符（信任列表被改动或损坏）`, `Trust-list keyid ${shortKey(p.keyid)} is not the SHA-256 of its public key (the list was altered or is corrupt)`),

  formatOk: t('两个签名信封及其声明格式正确', 'Both envelopes and their statements are well formed'),
  envelopeMissing: (s: Side): LocalizedText => t(`缺少${side(s)['zh-CN']}签名信封 ${fileOf(s)}`, `The ${side(s).en} envelope ${fileOf(s)} is missing`),
  envelopeProblem: (s: Side, p: EnvelopeProblem): LocalizedText => {
    const what: Record<EnvelopeProblem, LocalizedText> = {
      'too-large': t('文件过大', 'it is too large'),
      'not-utf8': t('文字编码不对，无法读取（不是 UTF-8 文本）', 'it is not valid UTF-8'),
      'not-json': t('内容已损坏或格式不对（不是有效的 JSON）', 'it is not valid JSON'),
      'not-envelope': t('不是 DSSE 签名信封', 'it is not a DSSE envelope'),
      'bad-base64': t('签名内容已损坏，无法读取（base64 编码无效）', 'its payload is not valid base64'),
    }
    return t(`${fileOf(s)} 无法读取：${what[p]['zh-CN']}`, `${fileOf(s)} cannot be read: ${what[p].en}`)
  },
  payloadType: (s: Side, found: string, expected: string): LocalizedText =>
    t(`${fileOf(s)} 的载荷类型是「${shown(found)}」，应为「${expected}」`, `${fileOf(s)} has payloadType "${shown(found)}", expected "${expected}"`),
  payloadNotJson: (s: Side): LocalizedText => t(`${fileOf(s)} 的签名内容已损坏或格式不对（不是 JSON 声明）`, `The payload of ${fileOf(s)} is not a JSON statement`),
  payloadNotCanonical: (s: Side): LocalizedText =>
    t(`${fileOf(s)} 的签名内容不是标准写法，可能被改动（不是 RFC 8785 规范化 JSON）`, `The payload of ${fileOf(s)} is not RFC 8785 canonical JSON`),
  statementShape: (s: Side, where: string): LocalizedText =>
    t(`${fileOf(s)} 的声明格式不正确（${shown(where)}）`, `The statement in ${fileOf(s)} is malformed (${shown(where)})`),
  statementType: (s: Side, found: string): LocalizedText =>
    t(`${fileOf(s)} 的声明类型是「${shown(found)}」，不是 in-toto Statement v1`, `${fileOf(s)} has _type "${shown(found)}", not in-toto Statement v1`),
  predicateType: (s: Side, found: string, expected: string): LocalizedText =>
    t(`${fileOf(s)} 的声明谓词类型是「${shown(found)}」，应为「${expected}」`, `${fileOf(s)} has predicateType "${shown(found)}", expected "${expected}"`),
  wrongRole: (s: Side, found: string): LocalizedText =>
    t(`${fileOf(s)} 中的声明角色是「${shown(found)}」，与${side(s)['zh-CN']}签名的位置不符`, `${fileOf(s)} holds a statement with role "${shown(found)}", not the ${side(s).en} statement`),
  predicateShape: (s: Side, where: string): LocalizedText =>
    t(`${fileOf(s)} 的${side(s)['zh-CN']}声明内容不完整或格式不正确（${shown(where)}）`, `The ${side(s).en} predicate in ${fileOf(s)} is incomplete or malformed (${shown(where)})`),

  signatureOk: (s: Side, name: string, keyid: string): LocalizedText =>
    t(`${side(s)['zh-CN']}签名有效，签名者 ${name}（密钥 ${shortKey(keyid)}）`, `The ${side(s).en} signature is valid, signed by ${name} (key ${shortKey(keyid)})`),
  unknownKey: (s: Side, keyid: string): LocalizedText =>
    t(`${side(s)['zh-CN']}签名所用密钥 ${shortKey(keyid)} 不在信任列表中（不是本单位登记的密钥）`, `The ${side(s).en} was signed with key ${shortKey(keyid)}, which is not in the trust list`),
  noSignatureForSigner: (s: Side, keyid: string): LocalizedText =>
    t(`${side(s)['zh-CN']}信封中没有声明的签名者（密钥 ${shortKey(keyid)}）的签名`, `The ${side(s).en} envelope has no signature by its declared signer (key ${shortKey(keyid)})`),
  duplicateSignature: (s: Side, keyid: string): LocalizedText =>
    t(`${side(s)['zh-CN']}信封中密钥 ${shortKey(keyid)} 的签名出现了多次`, `The ${side(s).en} envelope holds more than one signature by key ${shortKey(keyid)}`),
  badSignature: (s: Side, keyid: string): LocalizedText =>
    t(
      `${side(s)['zh-CN']}签名无效：声明内容在签名后被改动，或签名不是密钥 ${shortKey(keyid)} 所签`,
      `The ${side(s).en} signature is invalid: the statement was changed after signing, or key ${shortKey(keyid)} did not sign it`,
    ),

  signerKeyNotEd25519: (s: Side, keyid: string): LocalizedText =>
    t(
      `${side(s)['zh-CN']}声明的签名密钥 ${shortKey(keyid)} 是 SM2 国密密钥：主签名必须使用 Ed25519 密钥，SM2 签名只能作为附加签名`,
      `The ${side(s).en} statement names SM2 key ${shortKey(keyid)} as its signer: the main signature must be Ed25519, an SM2 signature can only be an additional one`,
    ),
  signatureWithSm2Ok: (s: Side, name: string, keyid: string, sm2Keyid: string): LocalizedText =>
    t(
      `${side(s)['zh-CN']}签名有效，签名者 ${name}（密钥 ${shortKey(keyid)}），并附有本人有效的 SM2 国密签名（密钥 ${shortKey(sm2Keyid)}）`,
      `The ${side(s).en} signature is valid, signed by ${name} (key ${shortKey(keyid)}), with a valid SM2 co-signature by the same person (key ${shortKey(sm2Keyid)})`,
    ),
  tooManySignatures: (s: Side, extra: number): LocalizedText =>
    t(
      `${side(s)['zh-CN']}信封中除签名者的签名外还有 ${extra} 个签名：最多只能附加一个 SM2 国密签名`,
      `The ${side(s).en} envelope holds ${extra} signatures besides the signer's: at most one SM2 co-signature may be added`,
    ),
  coSignatureNoKeyid: (s: Side): LocalizedText =>
    t(`${side(s)['zh-CN']}信封中的附加签名没有标明密钥编号，无法核验`, `The additional signature in the ${side(s).en} envelope names no key, so it cannot be checked`),
  coSignatureUnknownKey: (s: Side, keyid: string): LocalizedText =>
    t(
      `${side(s)['zh-CN']}信封中的附加（SM2 国密）签名所用密钥 ${shortKey(keyid)} 不在信任列表中`,
      `The additional (SM2) signature in the ${side(s).en} envelope was made with key ${shortKey(keyid)}, which is not in the trust list`,
    ),
  coSignatureNotSm2: (s: Side, keyid: string): LocalizedText =>
    t(
      `${side(s)['zh-CN']}信封中的附加签名所用密钥 ${shortKey(keyid)} 不是 SM2 密钥：附加签名只能是签名者本人的 SM2 国密签名`,
      `The additional signature in the ${side(s).en} envelope was made with key ${shortKey(keyid)}, which is not an SM2 key: only the signer's own SM2 co-signature may be added`,
    ),
  coSignatureOtherPerson: (s: Side, holder: string, signer: string): LocalizedText =>
    t(
      `${side(s)['zh-CN']}信封中的 SM2 国密签名密钥属于 ${holder}，不是签名者 ${signer} 本人的密钥`,
      `The SM2 co-signature in the ${side(s).en} envelope was made with a key of ${holder}, not of the signer ${signer}`,
    ),
  coSignatureKeyInvalid: (s: Side, name: string, at: string, why: InvalidWhy, bound: string): LocalizedText => {
    const v = invalidity(why, bound)
    return t(`${name} 的 SM2 国密密钥在${side(s)['zh-CN']}签名时间 ${at} ${v['zh-CN']}`, `${name}'s SM2 key ${v.en} at the ${side(s).en} signing time ${at}`)
  },
  badCoSignature: (s: Side, keyid: string): LocalizedText =>
    t(
      `${side(s)['zh-CN']}信封中的 SM2 国密签名无效：声明内容在签名后被改动，或签名不是 SM2 密钥 ${shortKey(keyid)} 所签`,
      `The SM2 co-signature in the ${side(s).en} envelope is invalid: the statement was changed after signing, or SM2 key ${shortKey(keyid)} did not sign it`,
    ),

  identityOk: t('声明中的签名者与信任列表中的密钥持有人一致', 'The signers named in the statements are the holders of the signing keys'),
  identityMismatch: (s: Side, claimed: string, holder: string): LocalizedText =>
    t(`${side(s)['zh-CN']}声明中的签名者编号「${shown(claimed)}」与密钥持有人「${holder}」不符`, `The ${side(s).en} statement names signer id "${shown(claimed)}" but the key belongs to "${holder}"`),

  digestOk: (n: number): LocalizedText => t(`全部 ${n} 个文件都与签名时一模一样（SHA-256 与 SM3 摘要相符）`, `All ${n} files match their SHA-256 and SM3 digests`),
  digestMismatch: (name: string, alg: string): LocalizedText =>
    t(`文件 ${shown(name, 120)} 的 ${alg} 摘要不符（内容被改动）`, `The ${alg} digest of ${shown(name, 120)} does not match (the content was changed)`),
  noSubjects: t('没有可核对的签名文件清单', 'there is no signed list of files to check'),

  completeOk: t('文件齐全，没有多出或缺少的文件', 'No file is missing and none was added'),
  fileMissing: (name: string): LocalizedText => t(`签名清单中的文件 ${shown(name, 120)} 不在包中（文件被删除）`, `${shown(name, 120)} is signed but missing from the bundle (a file was removed)`),
  fileNotSigned: (name: string): LocalizedText => t(`文件 ${shown(name, 120)} 不在签名清单中（文件被添加）`, `${shown(name, 120)} is not among the signed files (a file was added)`),
  fileNotAllowed: (name: string): LocalizedText =>
    t(`文件 ${shown(name, 120)} 不属于签名包的任何部分（文件被添加）`, `${shown(name, 120)} has no place in a bundle (a file was added)`),
  requiredMissing: (name: string): LocalizedText => t(`签名包缺少必需的文件 ${name}`, `The bundle lacks the required file ${name}`),

  identicalOk: t('拟稿与审核签署的是同一组文件', 'The draft and the approval sign the same files'),
  subjectsDiffer: (name: string): LocalizedText =>
    t(`拟稿与审核签署的文件清单不同（${shown(name, 120)}）：审核批准的不是这份稿件`, `The draft and the approval sign different files (${shown(name, 120)}): the approval is not for this draft`),

  draftDigestOk: t('审核声明指向的正是本包中的拟稿签名信封', 'The approval names exactly the draft envelope in this bundle'),
  draftDigestMismatch: t(
    '审核声明记录的拟稿信封摘要与包中的拟稿信封不符（拟稿信封被改动，或审核意见来自另一份稿件）',
    'The draft-envelope digest in the approval does not match the draft envelope in the bundle (the draft envelope was changed, or the approval belongs to another draft)',
  ),

  rolesOk: t('拟稿人具有拟稿权限，审核人具有审核权限', 'The drafter may draft and the reviewer may review'),
  roleMissing: (s: Side, name: string, role: string): LocalizedText =>
    t(`${name} 的密钥在信任列表中没有「${role}」权限，不能作为${side(s)['zh-CN']}签名`, `${name}'s key does not have the "${role}" role in the trust list, so it cannot sign the ${side(s).en}`),

  sameName: (name: string): LocalizedText =>
    t(
      `拟稿人与审核人同名（${shown(name)}）：请向发布单位确认这是两个不同的人，而不是同一人的两个账户`,
      `The drafter and the reviewer share the name ${shown(name)}: confirm with the office that they are two different people, not two accounts of one person`,
    ),
  unsignedFiles: (names: readonly string[]): LocalizedText =>
    t(`未签名、不参与验证的文件（仅供参考，内容不可信）：${names.join('、')}`, `Unsigned files, not part of the verification (for reference only, not to be trusted): ${names.join(', ')}`),
  distinctOk: t('拟稿人与审核人是不同的人，使用不同的密钥', 'The drafter and the reviewer are different people with different keys'),
  sameKey: t('拟稿与审核使用了同一把密钥（一人完成了两人审批）', 'The draft and the approval were signed with the same key (one person did both steps)'),
  samePerson: (name: string): LocalizedText =>
    t(`拟稿与审核由同一人（${name}）用两把密钥完成，不符合两人审批`, `The draft and the approval were signed by the same person (${name}) with two keys: not two-person approval`),

  keysValidOk: t('两把密钥在各自签名时均有效', 'Both keys were valid when they signed'),
  keyInvalid: (s: Side, name: string, at: string, why: InvalidWhy, bound: string): LocalizedText => {
    const v = invalidity(why, bound)
    return t(`${name} 的密钥在${side(s)['zh-CN']}签名时间 ${at} ${v['zh-CN']}`, `${name}'s key ${v.en} at the ${side(s).en} signing time ${at}`)
  },

  timelineOk: t('签名时间合理：先拟稿后审核', 'The signing times are consistent: draft first, then approval'),
  approvalBeforeDraft: (draftAt: string, approvalAt: string): LocalizedText =>
    t(`审核时间 ${approvalAt} 早于拟稿时间 ${draftAt}`, `The approval time ${approvalAt} is before the draft time ${draftAt}`),
  inFuture: (s: Side, at: string): LocalizedText =>
    t(`${side(s)['zh-CN']}签名时间 ${at} 晚于当前时间（请核对本机时钟）`, `The ${side(s).en} signing time ${at} is in the future (check this computer's clock)`),
}
