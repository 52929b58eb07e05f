/**
 * Findings as an officer reviews them (个人信息处理决定): stable keys for decisions, the decision model,
 * how a decision and the policy's proposal combine, grouping and summary. Pure: runs in the services,
 * the renderer and its scan worker.
 */
export * from './finding-key'
export * from './decision'
export * from './resolution'
export * from './group'
export * from './rebase'
export * from './field-salt'
export * from './marker-removal'
export * from './manual'
