import type { ErrorMessageCode } from '../../../shared/api/error-text'
import { serviceError, type ErrorCode, type ServiceError } from '../../../shared/api/result'
import type { Precondition, PreconditionCode, RefusalCode } from '../../../shared/workflow/index'

/** A workflow refusal (shared/workflow) as a coded error: the catalogue words it with the state machine's reason. */
export function refusalError(code: ErrorCode, why: RefusalCode): ServiceError {
  return serviceError(code, 'workflow.refused', { why })
}

/** How a counted precondition names what is left: places, import marks or findings. */
const counted: Partial<Record<PreconditionCode, ErrorMessageCode>> = {
  confidential_marker: 'workflow.refusedPlaces',
  hidden_content_marked: 'workflow.refusedMarkers',
  blocking_findings: 'workflow.refusedFindings',
  unresolved_findings: 'workflow.refusedFindings',
}

/** An unmet submit precondition as a coded conflict, with how many places it concerns when that is counted. */
export function preconditionError(unmet: Precondition): ServiceError {
  const reason = unmet.detail ? counted[unmet.code] : undefined
  return reason ? serviceError('conflict', reason, { why: unmet.code, count: unmet.count }) : refusalError('conflict', unmet.code)
}
