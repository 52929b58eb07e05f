/**
 * Local personal-information detection (个人信息识别). Pure TypeScript: runs in the CLI, the services
 * and the editor's Web Worker alike.
 */
export type { EntityType, Finding, ScanOptions } from './types'
export { entityTypes } from './types'
export { REASON_CODES, reasonEnglish, reasonsEnglish, sameReason, sameReasons, type Reason, type ReasonCode, type ReasonParams } from './reasons'
export { scan, scanCandidates, DEFAULT_MIN_CONFIDENCE } from './scan'
export { normalize, toOriginalSpan, type Normalized } from './normalize'
export { indexTables, type TableIndex, type Cell } from './tables'
export { columnKind, type ColumnKind } from './column-kind'
export { sha256Hex } from './ruleset-hash'
export * from './validators/index'
export { engineVersion } from './engine-version'
/**
 * SHA-256 of the rules and lexicons in force; goes into signed statements. Computed on first use (it hashes
 * every table, tens of milliseconds), so a scan that signs nothing never pays for it.
 */
export { computeRulesetHash as rulesetHash } from './ruleset'
