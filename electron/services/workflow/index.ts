export { WorkflowService, workflowLimits, type Actor, type PdfRenderer, type WorkflowDeps, type WorkflowStatus } from './workflow-service'
export { renderNotice, contentHash, sha256Hex, REDACTION_REPORT_FORMAT, type Placement, type Rendered, type RenderInput, type ReportEntry } from './render'
export { reviewNotice, publishedFields, keySalt, type FieldReviewed, type NoticeReview, type PublishedField } from './review'
export { renderHtml, renderTxt, type PublishedText } from './render-html'
