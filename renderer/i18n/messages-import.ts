/** Messages of imports, pasted documents, body tables, import markers and the 落款/公示期 fields. */
export const zhCNImport = {
  'editor.signatureDate': '落款日期',
  'editor.publicityStart': '公示开始日期',
  'editor.publicityEnd': '公示结束日期',
  'editor.publicityOrder': '公示期的结束日期（{end}）早于开始日期（{start}）。请把结束日期改为开始日期当天或之后。',

  'import.button': '导入文件',
  'import.busy': '正在导入 {name}…',
  'import.progressLabel': '导入进度',
  'import.stage.reading': '正在读取文件',
  'import.stage.parsing': '正在解析内容',
  'import.stage.scanning': '正在检查个人信息',
  'import.stage.saving': '正在保存草稿',
  'import.failed': '导入失败：{message}',
  'import.readFailed': '无法读取所选文件，请确认文件没有被其他程序占用后重试。',
  'import.reportTitle': '导入报告：{name}',
  'import.content': '已导入 {paragraphs} 段文字、{tables} 个表格（表格共 {rows} 行）。',
  'import.hiddenTitle': '隐藏和附带的内容（{count} 项）',
  'import.hiddenExplain':
    '隐藏的行、列和工作表已经带入正文，并用【】或（）标出。提交审核前请逐项处理：确认可以公开的，删除标记；不该公开的，删除对应的行或列（可用正文上方“表格”中的“删除整列”）。标记未处理完，系统不允许提交。批注、修订、页眉页脚、文档属性等附带内容不会进入公告，已经丢弃。',
  'import.hiddenNone': '文件中没有隐藏或附带的内容。',
  'import.colKind': '内容',
  'import.colWhere': '位置',
  'import.colDisposition': '处理',
  'import.colFindings': '个人信息',
  'import.shown': '已带入并标出',
  'import.dropped': '已丢弃',
  'import.findingsCount': '{count} 处',
  'import.warnings': '需要注意',
  'import.droppedFindings': '随丢弃内容一起去掉的个人信息（不会进入公告）',
  'import.droppedFinding': '{type} {count} 处',
  'import.open': '打开草稿',

  'markers.banner': '导入时隐藏的内容已带入正文并标出：请确认可以公开（删除标记）或删除对应的行/列。正文中还有 {count} 处标记，处理完才能提交审核。',

  'tables.title': '表格',
  'tables.caption': '表{n}（{rows} 行 × {columns} 列）',
  'tables.mask': '整列遮盖',
  'tables.delete': '删除整列',
  'tables.deleteTitle': '删除“{column}”整列？',
  'tables.deleteBody':
    '“{column}”列的 {rows} 个值将从正文中删除。数据最小化优于遮盖：公示用不到的信息就不要放进去，例如低保名单并不需要身份证号。这次修改会作为一次编辑保存，版本历史中仍保留修改前的文字。',
  'tables.maskTitle': '遮盖“{column}”整列？',
  'tables.maskBody':
    '“{column}”列的每个值都会替换为遮盖后的形式（例如身份证号只留前 6 位和后 4 位）；不能按类型遮盖的值写作【已隐去】。这次修改会作为一次编辑保存，版本历史中仍保留修改前的文字。',
  'tables.deleted': '已删除“{column}”列。',
  'tables.masked': '已遮盖“{column}”列。',
  'tables.location': '表{table} · 第{row}行 · {column}',

  'paste.dropped': '粘贴的内容中有 {count} 处隐藏内容（隐藏文字、隐藏的表格行、批注等），没有带入正文。',
  'paste.tooLong': '粘贴的内容超过正文长度上限，未能粘贴。',

  'findings.field.title': '标题',
  'findings.field.docNumber': '文号',
  'findings.field.issuer': '发布单位',
} as const satisfies Record<string, string>

export const enImport: Record<keyof typeof zhCNImport, string> = {
  'editor.signatureDate': 'Signature date',
  'editor.publicityStart': 'Publicity from',
  'editor.publicityEnd': 'Publicity until',
  'editor.publicityOrder': 'The publicity period ends ({end}) before it starts ({start}). Set the end date to the start date or later.',

  'import.button': 'Import file',
  'import.busy': 'Importing {name}…',
  'import.progressLabel': 'Import progress',
  'import.stage.reading': 'Reading the file',
  'import.stage.parsing': 'Reading the contents',
  'import.stage.scanning': 'Checking for personal information',
  'import.stage.saving': 'Saving the draft',
  'import.failed': 'Import failed: {message}',
  'import.readFailed': 'The chosen file could not be read. Make sure no other program has it open and try again.',
  'import.reportTitle': 'Import report: {name}',
  'import.content': 'Imported {paragraphs} paragraphs and {tables} tables ({rows} table rows).',
  'import.hiddenTitle': 'Hidden and side-channel content ({count})',
  'import.hiddenExplain':
    'Hidden rows, columns and sheets are now in the text, marked with 【】 or （）. Before submitting, deal with each: if it may be published, delete the marker; if not, delete the row or column (Delete column under Tables above the text). A notice with markers left cannot be submitted. Comments, tracked changes, headers and footers, document properties and the like do not go into the notice: they were dropped.',
  'import.hiddenNone': 'The file has no hidden or side-channel content.',
  'import.colKind': 'Content',
  'import.colWhere': 'Where',
  'import.colDisposition': 'Handled',
  'import.colFindings': 'Personal information',
  'import.shown': 'Brought in, marked',
  'import.dropped': 'Dropped',
  'import.findingsCount': '{count}',
  'import.warnings': 'Please note',
  'import.droppedFindings': 'Personal information removed with the dropped content (not in the notice)',
  'import.droppedFinding': '{type}: {count}',
  'import.open': 'Open the draft',

  'markers.banner':
    'Content hidden in the imported file is now in the text, marked: confirm it may be published (delete the marker) or delete its row/column. {count} markers remain; the notice cannot be submitted until they are gone.',

  'tables.title': 'Tables',
  'tables.caption': 'Table {n} ({rows} rows × {columns} columns)',
  'tables.mask': 'Mask column',
  'tables.delete': 'Delete column',
  'tables.deleteTitle': 'Delete the “{column}” column?',
  'tables.deleteBody':
    'The {rows} values of “{column}” will be deleted from the text. Data minimisation beats masking: leave out what the notice does not need — a 低保 list does not need ID numbers at all. The change is saved as an edit; version history keeps the previous text.',
  'tables.maskTitle': 'Mask the “{column}” column?',
  'tables.maskBody':
    'Every value of “{column}” will be replaced by its mask (an ID number keeps its first 6 and last 4 digits); values that cannot be masked as that type become 【已隐去】. The change is saved as an edit; version history keeps the previous text.',
  'tables.deleted': 'Deleted the “{column}” column.',
  'tables.masked': 'Masked the “{column}” column.',
  'tables.location': 'Table {table} · row {row} · {column}',

  'paste.dropped': 'The pasted content had {count} hidden items (hidden text, hidden table rows, comments…); they were left out of the text.',
  'paste.tooLong': 'The pasted content is longer than the text may be; nothing was pasted.',

  'findings.field.title': 'Title',
  'findings.field.docNumber': 'Document number',
  'findings.field.issuer': 'Issuer',
}
