import type { WorkflowView } from '../../../shared/api/contract-workflow'
import { formatAbsolute } from '../../lib/format-time'
import { useI18n } from '../../i18n/i18n'
import { Icon } from '../../ui/icon'

/**
 * What the workflow means for the text on screen: why the reviewer sent it back (prominent, the drafter's
 * to-do), or that it is frozen because it was signed — and that an edit would void the signatures.
 */
export function WorkflowBanners({ view, deleted }: { view: WorkflowView | undefined; deleted: boolean }) {
  const { t, locale } = useI18n()
  if (!view || deleted) return null
  const s = view.submission
  const lastRejection = view.rejections[0]
  if (view.state === 'rejected' || (view.state === 'draft' && lastRejection)) {
    const reason = view.state === 'rejected' ? (s?.rejectedReason ?? lastRejection?.reason) : lastRejection?.reason
    const reviewer = view.state === 'rejected' ? (s?.reviewer?.name ?? lastRejection?.reviewer) : lastRejection?.reviewer
    const at = view.state === 'rejected' ? (s?.reviewedAt ?? lastRejection?.rejectedAt) : lastRejection?.rejectedAt
    if (!reason) return null
    return (
      <section className="banner banner--warning editor__banner rejection" aria-labelledby="rejection-title" data-testid="rejection">
        <Icon name="back" size={20} />
        <div className="banner__content">
          <h2 id="rejection-title" className="banner__title">
            {reviewer && at ? t('workflow.rejectedTitle', { name: reviewer, time: formatAbsolute(at, locale) }) : t('state.rejected')}
          </h2>
          <blockquote className="rejection__reason">{reason}</blockquote>
          <p className="banner__text rejection__next">{t(view.state === 'rejected' ? 'workflow.rejectedNext' : 'workflow.rejectedEditing')}</p>
        </div>
      </section>
    )
  }
  if (view.state === 'submitted' || view.state === 'approved' || view.state === 'exported') {
    return (
      <section className="banner banner--info editor__banner" role="note" data-testid="locked">
        <Icon name="shield" size={20} />
        <div className="banner__content">
          <p className="banner__title">{t(`workflow.locked.${view.state}`)}</p>
          <p className="banner__text">{t(`workflow.lockedWhy.${view.state}`)}</p>
          {s?.comment && (view.state === 'approved' || view.state === 'exported') && (
            <p className="banner__text">{t('workflow.comment', { name: s.reviewer?.name ?? '', comment: s.comment })}</p>
          )}
          {s?.bundleSha256 && view.state === 'exported' && (
            <p className="banner__text workflow-hash">
              {t('workflow.bundleHash')} <code>{s.bundleSha256}</code>
            </p>
          )}
        </div>
      </section>
    )
  }
  return null
}
