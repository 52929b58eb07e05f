/**
 * 信任列表 — the trust list (contracts.md §3) belongs to the verifier, so its schema lives in
 * shared/bundle/trust.ts and the exporter is checked against exactly what verifiers will parse.
 * Re-exported here so account code has one place to import it from.
 */
export {
  TRUST_FORMAT as trustListFormat,
  parseTrustList,
  trustKeySchema,
  trustListSchema,
  type TrustKey,
  type TrustList,
  type TrustProblem,
} from '../bundle/trust'
