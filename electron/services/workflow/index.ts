export { WorkflowService, workflowLimits, type WorkflowDeps, type WorkflowStatus } from './workflow-service'
export { renderNotice, contentHash, REDACTION_REPORT_FORMAT, type Rendered, type RenderInput, type ReportEntry } from './render'
export { reviewNotice, publishedFields, keySalt, type FieldReviewed, type NoticeReview, type PublishedField } from './review'
export { renderHtml, renderTxt, type PublishedText } from './render-html'
