import type { LocalizedText } from '../../../shared/policy/types'
import { verifyBundle, type Check, type VerifyResult, type Warning } from '../../../shared/bundle/verify'
import { nodeDigests, verifyEd25519 } from './node-crypto'
import { readBundleZip, ZipError, type ZipErrorCode, type ZipLimits } from './zip'

/**
 * Verifies a bundle zip as received (what `countersign verify` needs): the strict bundle reader first (only what
 * the exporter writes, see readBundleZip), reported as the check 'zip', then every check of verifyBundle. A zip
 * the reader refuses fails with that one check, its reason naming what was found.
 */

/** A verification check of a bundle file: the archive check 'zip' and then the checks of verifyBundle. */
export type BundleFileCheck = { id: 'zip'; ok: boolean; reason: LocalizedText } | Check

/**
 * The result of verifying a bundle file; `checks` starts with 'zip'. `warnings` never fail it; `unsigned` lists the
 * files present that no signature covers (keys/signers.json, VERIFY.txt), shown to people as unsigned.
 */
export type BundleFileResult = { ok: boolean; checks: BundleFileCheck[]; warnings: Warning[]; unsigned: string[] }

const zipReasons: Record<ZipErrorCode, LocalizedText> = {
  'not-zip': { 'zh-CN': '不是压缩包（.zip 文件）', en: 'it is not a zip file' },
  'trailing-data': { 'zh-CN': '压缩包末尾有多余的数据', en: 'there are extra bytes after the end of the zip' },
  'multi-disk': { 'zh-CN': '不支持分成几个文件的分卷压缩包', en: 'multi-part zips are not supported' },
  zip64: { 'zh-CN': '不支持超大压缩包格式（zip64）', en: 'zip64 is not supported' },
  structure: { 'zh-CN': '压缩包结构异常，可能藏有文件清单之外的数据', en: 'its structure is irregular and may hide data outside the directory' },
  'too-many-entries': { 'zh-CN': '文件数量过多', en: 'it holds too many files' },
  'bad-name': { 'zh-CN': '含有不安全的文件名（如 ../、绝对路径或不可见字符）', en: 'it has an unsafe file name (such as ../, an absolute path or invisible characters)' },
  'duplicate-name': { 'zh-CN': '含有重名文件（在 Windows 或 macOS 上会互相覆盖）', en: 'it has duplicate file names (they would overwrite each other on Windows or macOS)' },
  encrypted: { 'zh-CN': '含有加密的文件', en: 'it has an encrypted file' },
  'unsupported-method': { 'zh-CN': '使用了不支持的压缩方式', en: 'it uses an unsupported compression method' },
  'too-large': { 'zh-CN': '解压后过大（超过 200 MB）', en: 'it is too large uncompressed (over 200 MB)' },
  ratio: { 'zh-CN': '压缩比异常：解压后会大得不合常理（疑似“压缩炸弹”）', en: 'a file expands implausibly (a zip bomb?)' },
  'header-mismatch': { 'zh-CN': '压缩包里某个文件的说明前后不一致，可能被改动（文件头与目录不符）', en: 'a local header disagrees with the directory' },
  'descriptor-mismatch': { 'zh-CN': '压缩包里某个文件的说明前后不一致，可能被改动（数据描述符与目录不符）', en: 'a data descriptor disagrees with the directory' },
  'bad-data': { 'zh-CN': '压缩数据损坏', en: 'compressed data is corrupt' },
  crc: { 'zh-CN': '文件已损坏或被改动（CRC 校验失败）', en: 'a file fails its CRC (corrupt or altered)' },
  'hidden-data': {
    'zh-CN': '压缩数据结束后藏有多余的数据（逐个读取文件头的解压工具会把它当作另一个文件解出）',
    en: 'bytes are hidden after the end of a compressed file (an extractor that reads headers one by one would unpack them as another file)',
  },
  gap: { 'zh-CN': '压缩包里藏有文件清单中没有列出的数据', en: 'there are unlisted bytes between files or before the directory' },
  overlap: { 'zh-CN': '文件在压缩包中相互重叠', en: 'files overlap inside the zip' },
  compressed: { 'zh-CN': '文件经过压缩（导出的签名包一律不压缩存储）', en: 'a file is compressed (an exported bundle stores every file uncompressed)' },
  comment: { 'zh-CN': '压缩包带有附加的注释文字（导出的签名包没有注释）', en: 'it carries a zip comment (an exported bundle has none)' },
  'extra-field': { 'zh-CN': '文件头带有附加字段（导出的签名包没有附加字段）', en: 'a header carries an extra field (an exported bundle has none)' },
  'header-fields': {
    'zh-CN': '文件头的版本、标志、日期或文件权限与导出程序写入的不同',
    en: 'a header’s version, flags, date or file mode differs from what the exporter writes',
  },
  order: { 'zh-CN': '文件排列顺序与导出程序写入的不同', en: 'its files are not in the order the exporter writes them' },
  'unexpected-file': { 'zh-CN': '含有签名包格式之外的文件或文件夹', en: 'it holds a file or folder that has no place in a bundle' },
}

/** Reads and verifies a bundle zip against a trust list (parsed trust.json). Never throws for a bad bundle. */
export function verifyBundleZip(zip: Uint8Array, trust: unknown, options: { now?: Date; limits?: Partial<ZipLimits> } = {}): BundleFileResult {
  let files: Map<string, Uint8Array>
  try {
    files = readBundleZip(zip, options.limits)
  } catch (e) {
    if (!(e instanceof ZipError)) throw e
    const why = zipReasons[e.code]
    const where = e.entry ? `（${e.entry}）` : ''
    const reason = { 'zh-CN': `压缩包无法安全读取：${why['zh-CN']}${where}`, en: `The zip cannot be read safely: ${why.en}${e.entry ? ` (${e.entry})` : ''}` }
    return { ok: false, checks: [{ id: 'zip', ok: false, reason }], warnings: [], unsigned: [] }
  }
  const result: VerifyResult = verifyBundle({ files, trust, digest: nodeDigests, verifyEd25519, now: options.now })
  const zipOk: BundleFileCheck = { id: 'zip', ok: true, reason: { 'zh-CN': `压缩包结构正常，含 ${files.size} 个文件`, en: `The zip is well formed and holds ${files.size} files` } }
  return { ok: result.ok, checks: [zipOk, ...result.checks], warnings: result.warnings, unsigned: result.unsigned }
}
