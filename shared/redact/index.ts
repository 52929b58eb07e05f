/**
 * Redaction (脱敏): masks, the one redaction function, policy plans and the HTML copy. Pure TypeScript:
 * the services, the CLI and the renderer's preview all produce the same bytes.
 */
export { maskValue, REMOVED_TEXT, HIDDEN_TEXT, UnmaskableError, type MaskOptions } from './mask'
export { ADDRESS_TAIL, type AddressLevel } from './mask-address'
export { redactText, redactionEdits, applyEdits, RedactionError, type RedactionItem, type RedactionEntry, type RedactType, type Edit } from './redact'
export { redactionPlan, itemsWithReviewMasked, type RedactionPlan, type PlanEntry } from './plan'
export { extractHtmlText, markupSpan, type HtmlText } from './html-text'
export { redactHtml } from './html'
export { maskedPreview } from './preview'
export { maskLongNumbers } from './long-numbers'
