/** 审计日志 — the hash-chained audit log every service appends to. */
export { AuditService } from './audit-service'
export { auditLimits, entryHash, genesisHash, verifyChain, type AuditDetails, type AuditEntry, type AuditVerification, type BreakReason, type ChainHead } from './chain'
