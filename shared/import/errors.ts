/**
 * Why a file cannot be imported. One message per reason, zh-CN first and English after, naming the file
 * and the problem — never quoting the file's content. The CLI prints it as its one-line reason; the app shows it.
 */

export type ImportErrorCode =
  /** larger than the import limit (50 MB) */
  | 'too-large'
  /** extension not supported */
  | 'unsupported-type'
  /** the bytes are not the format the name says, nor another we import */
  | 'not-recognised'
  /** zip structure broken or truncated */
  | 'corrupt-zip'
  /** a password-protected (encrypted) Office file */
  | 'encrypted'
  /** Word 97–2003 .doc */
  | 'legacy-doc'
  /** Excel 97–2003 .xls */
  | 'legacy-xls'
  /** some other OLE compound file (.ppt, .msg, …) */
  | 'legacy-other'
  /** uncompressed size, ratio or entry count beyond the limits */
  | 'zip-bomb'
  /** a zip without the parts of a .docx/.xlsx */
  | 'not-ooxml'
  /** XML that is not well-formed */
  | 'bad-xml'
  /** XML with a DOCTYPE or entity declarations (never expanded) */
  | 'xml-doctype'
  /** text in no encoding we can decode cleanly */
  | 'bad-encoding'
  /** the import was cancelled */
  | 'aborted'
  /** elements nested beyond the limit (a crafted file: Word and Excel nest a few dozen levels) */
  | 'too-deep'
  /** the import ran past its time limit */
  | 'too-slow'
  /** a directory, device, pipe or socket rather than a file */
  | 'not-a-file'

const messages: Readonly<Record<ImportErrorCode, { 'zh-CN': string; en: string }>> = {
  'too-large': { 'zh-CN': '文件超过 50 MB，无法导入；请拆分后再导入', en: 'file is larger than 50 MB; split it and import the parts' },
  'unsupported-type': { 'zh-CN': '不支持的文件类型', en: 'unsupported file type' },
  'not-recognised': { 'zh-CN': '文件内容与扩展名不符，无法识别', en: 'the content does not match the file type' },
  'corrupt-zip': { 'zh-CN': '文件已损坏（压缩结构不完整），请在原软件中重新保存', en: 'the file is damaged (broken zip structure); save it again in the program that made it' },
  encrypted: {
    'zh-CN': '文件已加密（设置了打开密码），请在 Word/WPS/Excel 中取消密码后另存再导入',
    en: 'the file is password-protected; remove the password in Word/WPS/Excel, save, and import again',
  },
  'legacy-doc': { 'zh-CN': '旧版 Word 97-2003 (.doc) 文件，请在 Word/WPS 中另存为 .docx 后导入', en: 'old Word 97-2003 .doc file; save it as .docx in Word/WPS and import that' },
  'legacy-xls': { 'zh-CN': '旧版 Excel 97-2003 (.xls) 文件，请在 Excel/WPS 中另存为 .xlsx 后导入', en: 'old Excel 97-2003 .xls file; save it as .xlsx in Excel/WPS and import that' },
  'legacy-other': { 'zh-CN': '旧版 Office 文件，请另存为 .docx 或 .xlsx 后导入', en: 'old Office file; save it as .docx or .xlsx and import that' },
  'zip-bomb': { 'zh-CN': '文件解压后会大得不合常理，已停止读取（疑似“压缩炸弹”）', en: 'the file expands beyond the size or ratio limits; unpacking stopped (possible zip bomb)' },
  'not-ooxml': { 'zh-CN': '不是有效的 .docx/.xlsx 文件（缺少必要部件）', en: 'not a valid .docx/.xlsx file (required parts missing)' },
  'bad-xml': { 'zh-CN': '文件内部已损坏（XML 结构错误），请在原软件中重新保存', en: 'the XML inside the file is damaged; save it again in the program that made it' },
  'xml-doctype': { 'zh-CN': '文件内部含有可能被用来攻击电脑的特殊声明（XML 的 DOCTYPE/实体声明），出于安全原因拒绝导入', en: 'the XML inside the file declares a DOCTYPE or entities; refused for safety' },
  'bad-encoding': {
    'zh-CN': '无法识别文件的文字编码（既不是 UTF-8，也不是 GBK/GB18030），请在原软件中另存为“UTF-8”编码后导入',
    en: 'unknown text encoding (neither UTF-8 nor GBK/GB18030); save it as UTF-8 and import again',
  },
  aborted: { 'zh-CN': '导入已取消', en: 'import cancelled' },
  'too-deep': { 'zh-CN': '文件内部结构嵌套过深（疑似构造的恶意文件），拒绝导入', en: 'the structure inside the file is nested too deeply (likely a crafted file); refused' },
  'not-a-file': { 'zh-CN': '不是普通文件（目录、设备或管道），无法导入', en: 'not a regular file (a directory, device or pipe)' },
  'too-slow': {
    'zh-CN': '文件处理超时，已停止导入；文件结构可能异常，请在原软件中另存后再导入',
    en: 'reading the file took too long and was stopped; its structure may be abnormal: save it again in the program that made it',
  },
}

export function isImportErrorCode(value: string): value is ImportErrorCode {
  return Object.hasOwn(messages, value)
}

/** The zh-CN and English texts of a reason, for the UI's message catalogue. */
export function importErrorText(code: ImportErrorCode): { 'zh-CN': string; en: string } {
  return messages[code]
}

/**
 * A file that cannot be imported. `message` is the one line a person reads: `${file}: 中文 — English`
 * (with a short technical detail, e.g. the zip part, when it helps). Nothing is imported half-way: an
 * importer either returns a whole document or throws this.
 */
export class ImportError extends Error {
  readonly code: ImportErrorCode
  readonly file: string
  /** technical detail (a part name, a limit): never document content */
  readonly detail: string | undefined
  constructor(code: ImportErrorCode, file: string, detail?: string) {
    const text = messages[code]
    super(`${file}: ${text['zh-CN']} — ${text.en}${detail ? ` (${detail})` : ''}`)
    this.name = 'ImportError'
    this.code = code
    this.file = file
    this.detail = detail
  }
}
