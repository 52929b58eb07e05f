/**
 * Imports (导入): the document model of an imported .docx/.xlsx/.csv/.html file, its hidden content, and
 * the text the scanner sees with the map back to places in the file. Pure: the parsers live in
 * electron/services/import; the editor and the CLI consume what is here.
 */
export * from './model'
export { ImportError, importErrorText, type ImportErrorCode } from './errors'
export { documentText, tableCellLocation, hiddenMarker, DROPPED_HEADING, type DocumentText, type TextLocation } from './project'
export { gridToBlocks, type GridRow, type SheetGrid } from './grid'
export { guessStyles, type ParagraphHint } from './paragraph-style'
export { columnLetters, cellRef, parseCellRef, parseRangeRef, MAX_COLUMN, MAX_ROW } from './cells'
export { describeLocation, describePlace } from './describe'
