/**
 * The verifier's reasons travel as `{code, params}` (verify-reasons.ts); this is the one catalogue that words
 * them, in plain Chinese (the source) and English. A publisher reads these at the moment a bundle is refused, so
 * each says what was found and what it means, never a stack trace.
 *
 * `{name}` prints a parameter; `{name:kind}` words a code-valued one from a term table below (`side`, `file`,
 * `envelope`, `zip`, `invalid`); `{name:key}` shortens a key id; `{name:list}` joins a list (、 or , ); `{name:reason}` words another code of this
 * catalogue with the same parameters (for 未能检查：…).
 */
export const zhCNVerify = {
  verified: '验证通过',
  notVerified: '验证未通过',
  notChecked: '未能检查：{what:reason}',
  more: '另有 {count} 处问题',
  trustUnusable: '信任列表不可用',
  envelopeUnreadable: '{side:side}签名信封无法读取',
  signatureUnverified: '{side:side}签名未通过验证',
  noSubjects: '没有可核对的签名文件清单',

  zipOk: '压缩包结构正常，含 {count} 个文件',
  zipUnreadable: '压缩包无法安全读取：{why:zip}',
  zipUnreadableAt: '压缩包无法安全读取：{why:zip}（{entry}）',

  trustOk: '信任列表格式正确，含 {count} 个公钥',
  trustMalformed: '信任列表格式不正确（{path}）',
  trustMalformedRoot: '信任列表格式不正确（根）',
  trustKeyidMismatch: '信任列表中的密钥编号 {keyid:key} 与其公钥不符（信任列表被改动或损坏）',

  formatOk: '两个签名信封及其声明格式正确',
  envelopeMissing: '缺少{side:side}签名信封 {side:file}',
  envelopeProblem: '{side:file} 无法读取：{problem:envelope}',
  payloadType: '{side:file} 的载荷类型是「{found}」，应为「{expected}」',
  payloadNotJson: '{side:file} 的签名内容已损坏或格式不对（不是 JSON 声明）',
  payloadNotCanonical: '{side:file} 的签名内容不是标准写法，可能被改动（不是 RFC 8785 规范化 JSON）',
  statementShape: '{side:file} 的声明格式不正确（{where}）',
  statementType: '{side:file} 的声明类型是「{found}」，不是 in-toto Statement v1',
  predicateType: '{side:file} 的声明谓词类型是「{found}」，应为「{expected}」',
  wrongRole: '{side:file} 中的声明角色是「{found}」，与{side:side}签名的位置不符',
  predicateShape: '{side:file} 的{side:side}声明内容不完整或格式不正确（{where}）',

  signatureOk: '{side:side}签名有效，签名者 {name}（密钥 {keyid:key}）',
  unknownKey: '{side:side}签名所用密钥 {keyid:key} 不在信任列表中（不是本单位登记的密钥）',
  noSignatureForSigner: '{side:side}信封中没有声明的签名者（密钥 {keyid:key}）的签名',
  duplicateSignature: '{side:side}信封中密钥 {keyid:key} 的签名出现了多次',
  badSignature: '{side:side}签名无效：声明内容在签名后被改动，或签名不是密钥 {keyid:key} 所签',

  signerKeyNotEd25519: '{side:side}声明的签名密钥 {keyid:key} 是 SM2 国密密钥：主签名必须使用 Ed25519 密钥，SM2 签名只能作为附加签名',
  signatureWithSm2Ok: '{side:side}签名有效，签名者 {name}（密钥 {keyid:key}），并附有本人有效的 SM2 国密签名（密钥 {sm2Keyid:key}）',
  tooManySignatures: '{side:side}信封中除签名者的签名外还有 {extra} 个签名：最多只能附加一个 SM2 国密签名',
  coSignatureNoKeyid: '{side:side}信封中的附加签名没有标明密钥编号，无法核验',
  coSignatureUnknownKey: '{side:side}信封中的附加（SM2 国密）签名所用密钥 {keyid:key} 不在信任列表中',
  coSignatureNotSm2: '{side:side}信封中的附加签名所用密钥 {keyid:key} 不是 SM2 密钥：附加签名只能是签名者本人的 SM2 国密签名',
  coSignatureOtherPerson: '{side:side}信封中的 SM2 国密签名密钥属于 {holder}，不是签名者 {signer} 本人的密钥',
  coSignatureKeyInvalid: '{name} 的 SM2 国密密钥在{side:side}签名时间 {at} {why:invalid}',
  badCoSignature: '{side:side}信封中的 SM2 国密签名无效：声明内容在签名后被改动，或签名不是 SM2 密钥 {keyid:key} 所签',

  identityOk: '声明中的签名者与信任列表中的密钥持有人一致',
  identityMismatch: '{side:side}声明中的签名者编号「{claimed}」与密钥持有人「{holder}」不符',

  digestOk: '全部 {count} 个文件都与签名时一模一样（SHA-256 与 SM3 摘要相符）',
  digestMismatch: '文件 {name} 的 {alg} 摘要不符（内容被改动）',

  completeOk: '文件齐全，没有多出或缺少的文件',
  fileMissing: '签名清单中的文件 {name} 不在包中（文件被删除）',
  fileNotSigned: '文件 {name} 不在签名清单中（文件被添加）',
  fileNotAllowed: '文件 {name} 不属于签名包的任何部分（文件被添加）',
  requiredMissing: '签名包缺少必需的文件 {name}',

  identicalOk: '拟稿与审核签署的是同一组文件',
  subjectsDiffer: '拟稿与审核签署的文件清单不同（{name}）：审核批准的不是这份稿件',

  draftDigestOk: '审核声明指向的正是本包中的拟稿签名信封',
  draftDigestMismatch: '审核声明记录的拟稿信封摘要与包中的拟稿信封不符（拟稿信封被改动，或审核意见来自另一份稿件）',

  rolesOk: '拟稿人具有拟稿权限，审核人具有审核权限',
  roleMissing: '{name} 的密钥在信任列表中没有「{role}」权限，不能作为{side:side}签名',

  sameName: '拟稿人与审核人同名（{name}）：请向发布单位确认这是两个不同的人，而不是同一人的两个账户',
  unsignedFiles: '未签名、不参与验证的文件（仅供参考，内容不可信）：{names:list}',
  distinctOk: '拟稿人与审核人是不同的人，使用不同的密钥',
  sameKey: '拟稿与审核使用了同一把密钥（一人完成了两人审批）',
  samePerson: '拟稿与审核由同一人（{name}）用两把密钥完成，不符合两人审批',

  keysValidOk: '两把密钥在各自签名时均有效',
  keyInvalid: '{name} 的密钥在{side:side}签名时间 {at} {why:invalid}',

  timelineOk: '签名时间合理：先拟稿后审核',
  approvalBeforeDraft: '审核时间 {approvalAt} 早于拟稿时间 {draftAt}',
  inFuture: '{side:side}签名时间 {at} 晚于当前时间（请核对本机时钟）',
} as const

export type VerifyCode = keyof typeof zhCNVerify
export type VerifyCatalogue = Record<VerifyCode, string>
/** Every code, for a schema that checks one came over a wire. */
export const verifyCodes = Object.keys(zhCNVerify) as [VerifyCode, ...VerifyCode[]]

export const enVerify: VerifyCatalogue = {
  verified: 'verified',
  notVerified: 'NOT verified',
  notChecked: 'Not checked: {what:reason}',
  more: 'and {count} more',
  trustUnusable: 'the trust list is unusable',
  envelopeUnreadable: 'the {side:side} envelope could not be read',
  signatureUnverified: 'the {side:side} signature did not verify',
  noSubjects: 'there is no signed list of files to check',

  zipOk: 'The zip is well formed and holds {count} files',
  zipUnreadable: 'The zip cannot be read safely: {why:zip}',
  zipUnreadableAt: 'The zip cannot be read safely: {why:zip} ({entry})',

  trustOk: 'The trust list is well formed and holds {count} keys',
  trustMalformed: 'The trust list is malformed ({path}: {problem})',
  trustMalformedRoot: 'The trust list is malformed (root: {problem})',
  trustKeyidMismatch: 'Trust-list keyid {keyid:key} is not the SHA-256 of its public key (the list was altered or is corrupt)',

  formatOk: 'Both envelopes and their statements are well formed',
  envelopeMissing: 'The {side:side} envelope {side:file} is missing',
  envelopeProblem: '{side:file} cannot be read: {problem:envelope}',
  payloadType: '{side:file} has payloadType "{found}", expected "{expected}"',
  payloadNotJson: 'The payload of {side:file} is not a JSON statement',
  payloadNotCanonical: 'The payload of {side:file} is not RFC 8785 canonical JSON',
  statementShape: 'The statement in {side:file} is malformed ({where})',
  statementType: '{side:file} has _type "{found}", not in-toto Statement v1',
  predicateType: '{side:file} has predicateType "{found}", expected "{expected}"',
  wrongRole: '{side:file} holds a statement with role "{found}", not the {side:side} statement',
  predicateShape: 'The {side:side} predicate in {side:file} is incomplete or malformed ({where})',

  signatureOk: 'The {side:side} signature is valid, signed by {name} (key {keyid:key})',
  unknownKey: 'The {side:side} was signed with key {keyid:key}, which is not in the trust list',
  noSignatureForSigner: 'The {side:side} envelope has no signature by its declared signer (key {keyid:key})',
  duplicateSignature: 'The {side:side} envelope holds more than one signature by key {keyid:key}',
  badSignature: 'The {side:side} signature is invalid: the statement was changed after signing, or key {keyid:key} did not sign it',

  signerKeyNotEd25519:
    'The {side:side} statement names SM2 key {keyid:key} as its signer: the main signature must be Ed25519, an SM2 signature can only be an additional one',
  signatureWithSm2Ok: 'The {side:side} signature is valid, signed by {name} (key {keyid:key}), with a valid SM2 co-signature by the same person (key {sm2Keyid:key})',
  tooManySignatures: "The {side:side} envelope holds {extra} signatures besides the signer's: at most one SM2 co-signature may be added",
  coSignatureNoKeyid: 'The additional signature in the {side:side} envelope names no key, so it cannot be checked',
  coSignatureUnknownKey: 'The additional (SM2) signature in the {side:side} envelope was made with key {keyid:key}, which is not in the trust list',
  coSignatureNotSm2:
    "The additional signature in the {side:side} envelope was made with key {keyid:key}, which is not an SM2 key: only the signer's own SM2 co-signature may be added",
  coSignatureOtherPerson: 'The SM2 co-signature in the {side:side} envelope was made with a key of {holder}, not of the signer {signer}',
  coSignatureKeyInvalid: "{name}'s SM2 key {why:invalid} at the {side:side} signing time {at}",
  badCoSignature: 'The SM2 co-signature in the {side:side} envelope is invalid: the statement was changed after signing, or SM2 key {keyid:key} did not sign it',

  identityOk: 'The signers named in the statements are the holders of the signing keys',
  identityMismatch: 'The {side:side} statement names signer id "{claimed}" but the key belongs to "{holder}"',

  digestOk: 'All {count} files match their SHA-256 and SM3 digests',
  digestMismatch: 'The {alg} digest of {name} does not match (the content was changed)',

  completeOk: 'No file is missing and none was added',
  fileMissing: '{name} is signed but missing from the bundle (a file was removed)',
  fileNotSigned: '{name} is not among the signed files (a file was added)',
  fileNotAllowed: '{name} has no place in a bundle (a file was added)',
  requiredMissing: 'The bundle lacks the required file {name}',

  identicalOk: 'The draft and the approval sign the same files',
  subjectsDiffer: 'The draft and the approval sign different files ({name}): the approval is not for this draft',

  draftDigestOk: 'The approval names exactly the draft envelope in this bundle',
  draftDigestMismatch:
    'The draft-envelope digest in the approval does not match the draft envelope in the bundle (the draft envelope was changed, or the approval belongs to another draft)',

  rolesOk: 'The drafter may draft and the reviewer may review',
  roleMissing: '{name}\'s key does not have the "{role}" role in the trust list, so it cannot sign the {side:side}',

  sameName:
    'The drafter and the reviewer share the name {name}: confirm with the office that they are two different people, not two accounts of one person',
  unsignedFiles: 'Unsigned files, not part of the verification (for reference only, not to be trusted): {names:list}',
  distinctOk: 'The drafter and the reviewer are different people with different keys',
  sameKey: 'The draft and the approval were signed with the same key (one person did both steps)',
  samePerson: 'The draft and the approval were signed by the same person ({name}) with two keys: not two-person approval',

  keysValidOk: 'Both keys were valid when they signed',
  keyInvalid: "{name}'s key {why:invalid} at the {side:side} signing time {at}",

  timelineOk: 'The signing times are consistent: draft first, then approval',
  approvalBeforeDraft: 'The approval time {approvalAt} is before the draft time {draftAt}',
  inFuture: "The {side:side} signing time {at} is in the future (check this computer's clock)",
}

/** Why the strict zip reader refused a bundle (electron/services/bundle/zip-error.ts throws these codes). */
export const zipProblems = [
  'not-zip',
  'trailing-data',
  'multi-disk',
  'zip64',
  'structure',
  'too-many-entries',
  'bad-name',
  'duplicate-name',
  'encrypted',
  'unsupported-method',
  'too-large',
  'ratio',
  'header-mismatch',
  'descriptor-mismatch',
  'bad-data',
  'crc',
  'hidden-data',
  'gap',
  'overlap',
  'compressed',
  'comment',
  'extra-field',
  'header-fields',
  'unexpected-file',
  'order',
] as const
export type ZipProblem = (typeof zipProblems)[number]

type Terms = Readonly<Record<'zh-CN' | 'en', Readonly<Record<string, string>>>>

const zip: { 'zh-CN': Record<ZipProblem, string>; en: Record<ZipProblem, string> } = {
  'zh-CN': {
    'not-zip': '不是压缩包（.zip 文件）',
    'trailing-data': '压缩包末尾有多余的数据',
    'multi-disk': '不支持分成几个文件的分卷压缩包',
    zip64: '不支持超大压缩包格式（zip64）',
    structure: '压缩包结构异常，可能藏有文件清单之外的数据',
    'too-many-entries': '文件数量过多',
    'bad-name': '含有不安全的文件名（如 ../、绝对路径或不可见字符）',
    'duplicate-name': '含有重名文件（在 Windows 或 macOS 上会互相覆盖）',
    encrypted: '含有加密的文件',
    'unsupported-method': '使用了不支持的压缩方式',
    'too-large': '解压后过大（超过 200 MB）',
    ratio: '压缩比异常：解压后会大得不合常理（疑似“压缩炸弹”）',
    'header-mismatch': '压缩包里某个文件的说明前后不一致，可能被改动（文件头与目录不符）',
    'descriptor-mismatch': '压缩包里某个文件的说明前后不一致，可能被改动（数据描述符与目录不符）',
    'bad-data': '压缩数据损坏',
    crc: '文件已损坏或被改动（CRC 校验失败）',
    'hidden-data': '压缩数据结束后藏有多余的数据（逐个读取文件头的解压工具会把它当作另一个文件解出）',
    gap: '压缩包里藏有文件清单中没有列出的数据',
    overlap: '文件在压缩包中相互重叠',
    compressed: '文件经过压缩（导出的签名包一律不压缩存储）',
    comment: '压缩包带有附加的注释文字（导出的签名包没有注释）',
    'extra-field': '文件头带有附加字段（导出的签名包没有附加字段）',
    'header-fields': '文件头的版本、标志、日期或文件权限与导出程序写入的不同',
    order: '文件排列顺序与导出程序写入的不同',
    'unexpected-file': '含有签名包格式之外的文件或文件夹',
  },
  en: {
    'not-zip': 'it is not a zip file',
    'trailing-data': 'there are extra bytes after the end of the zip',
    'multi-disk': 'multi-part zips are not supported',
    zip64: 'zip64 is not supported',
    structure: 'its structure is irregular and may hide data outside the directory',
    'too-many-entries': 'it holds too many files',
    'bad-name': 'it has an unsafe file name (such as ../, an absolute path or invisible characters)',
    'duplicate-name': 'it has duplicate file names (they would overwrite each other on Windows or macOS)',
    encrypted: 'it has an encrypted file',
    'unsupported-method': 'it uses an unsupported compression method',
    'too-large': 'it is too large uncompressed (over 200 MB)',
    ratio: 'a file expands implausibly (a zip bomb?)',
    'header-mismatch': 'a local header disagrees with the directory',
    'descriptor-mismatch': 'a data descriptor disagrees with the directory',
    'bad-data': 'compressed data is corrupt',
    crc: 'a file fails its CRC (corrupt or altered)',
    'hidden-data': 'bytes are hidden after the end of a compressed file (an extractor that reads headers one by one would unpack them as another file)',
    gap: 'there are unlisted bytes between files or before the directory',
    overlap: 'files overlap inside the zip',
    compressed: 'a file is compressed (an exported bundle stores every file uncompressed)',
    comment: 'it carries a zip comment (an exported bundle has none)',
    'extra-field': 'a header carries an extra field (an exported bundle has none)',
    'header-fields': 'a header’s version, flags, date or file mode differs from what the exporter writes',
    order: 'its files are not in the order the exporter writes them',
    'unexpected-file': 'it holds a file or folder that has no place in a bundle',
  },
}

/** How a list of items and a list of reasons are joined in each language. */
export const verifySeparators = { 'zh-CN': { list: '、', reasons: '；' }, en: { list: ', ', reasons: '; ' } } as const

/** Term tables for `{name:kind}`; an entry may itself use `{param}` of the same reason (an invalidity's bound). */
export const verifyTerms: Readonly<Record<string, Terms>> = {
  side: { 'zh-CN': { draft: '拟稿', approval: '审核' }, en: { draft: 'draft', approval: 'approval' } },
  file: {
    'zh-CN': { draft: 'attest/draft.dsse.json', approval: 'attest/approval.dsse.json' },
    en: { draft: 'attest/draft.dsse.json', approval: 'attest/approval.dsse.json' },
  },
  envelope: {
    'zh-CN': {
      'too-large': '文件过大',
      'not-utf8': '文字编码不对，无法读取（不是 UTF-8 文本）',
      'not-json': '内容已损坏或格式不对（不是有效的 JSON）',
      'not-envelope': '不是 DSSE 签名信封',
      'bad-base64': '签名内容已损坏，无法读取（base64 编码无效）',
    },
    en: {
      'too-large': 'it is too large',
      'not-utf8': 'it is not valid UTF-8',
      'not-json': 'it is not valid JSON',
      'not-envelope': 'it is not a DSSE envelope',
      'bad-base64': 'its payload is not valid base64',
    },
  },
  invalid: {
    'zh-CN': {
      'not-yet-valid': '尚未生效（生效于 {bound}）',
      expired: '已过期（有效期至 {bound}）',
      revoked: '已被吊销（吊销于 {bound}）',
      compromised: '已泄露并被吊销（吊销于 {bound}）：这把密钥做出的所有签名都不再可信，无论签名时间写的是哪天',
      'bad-time': '时间无法识别',
    },
    en: {
      'not-yet-valid': 'was not yet valid (valid from {bound})',
      expired: 'had expired (valid until {bound})',
      revoked: 'had been revoked (at {bound})',
      compromised: 'was revoked as compromised (at {bound}): no signature it ever made can be trusted, whatever date it claims',
      'bad-time': 'has an unreadable time',
    },
  },
  zip,
}
