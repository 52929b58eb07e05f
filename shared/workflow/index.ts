/**
 * 审批流程 — the approval workflow: the legal transitions between notice states and the reasons for
 * refusing one. Pure; the services enforce who may cause each event.
 */
export * from './state-machine'
export * from './submission'
export * from './preconditions'
export * from './closing'
