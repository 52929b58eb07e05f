import { useCallback, useEffect, useState } from 'react'
import { call } from '../../lib/api'
import { formatAbsolute } from '../../lib/format-time'
import { serviceMessage } from '../../lib/service-message'
import { useI18n } from '../../i18n/i18n'
import { Icon } from '../../ui/icon'
import { useSession } from '../session/session-context'
import { useNavigation } from '../shell/navigation'
import { ReviewActions } from './review-actions'
import { ReviewLoaded, type ReviewLoad } from './review-loaded'
import { localized } from './localized'
import { selectedPlace } from './mark-place'
import { useWorkflow } from './use-workflow'
import './review.css'
import './workflow.css'

type Load = ReviewLoad

/**
 * 审核 — the reviewer's screen: exactly what will be published, every finding with its decision, what
 * changed since the last 退回, then 批准 or 退回 with the reviewer's password. The services decide who may;
 * this screen says in advance when the signed-in user may not (不能审批自己起草的公告).
 */
export function ReviewPage({ id }: { id: string }) {
  const { t, locale } = useI18n()
  const { navigate, returnTo } = useNavigation()
  const { session } = useSession()
  const workflow = useWorkflow(id)
  const [load, setLoad] = useState<Load>({ status: 'loading' })
  const [done, setDone] = useState<'approved' | 'rejected' | undefined>()
  const revision = workflow.view?.submission?.revision
  const state = workflow.view?.state

  const fetchReview = useCallback(async () => {
    try {
      setLoad({ status: 'ready', view: await call('notice.review', { id }) })
    } catch (error) {
      setLoad({ status: 'failed', error })
    }
  }, [id])

  // The published text changes only with a new submission (or an edit that voids it): reload then.
  useEffect(() => {
    void fetchReview()
  }, [fetchReview, revision, state])

  const view = workflow.view
  const blocked = view?.approveBlocked ? localized(view.approveBlocked, locale) : undefined
  const title = load.status === 'ready' ? load.view.published.title : ''

  // 标出漏检位置: the words the reviewer selected in the published 正文, quoted masked with their offsets
  const markedPlace = (): string | undefined => {
    const place = selectedPlace(document.querySelector('[data-testid="published-body"]'), window.getSelection())
    return place && `${t('reviewMark.quoted', { field: t('reviewMark.body'), start: place.start + 1, end: place.end, excerpt: place.excerpt })}\n`
  }

  const approve = async (password: string, comment: string) => {
    workflow.set(await call('notice.approve', { id, password, ...(comment ? { comment } : {}) }))
    setDone('approved')
  }
  const reject = async (password: string, reason: string) => {
    workflow.set(await call('notice.reject', { id, password, reason }))
    setDone('rejected')
  }

  return (
    <div className="review">
      <div className="editor__toolbar review__toolbar">
        <button type="button" className="button button--ghost" onClick={() => void navigate(returnTo)}>
          <Icon name="back" />
          {t('editor.back')}
        </button>
        <div className="review__heading">
          <h1 className="review__title">
            <span className="review__kicker">{t('review.kicker')}</span>
            <span className="review__name">{title || t('notice.untitled')}</span>
          </h1>
          {view && (
            <p className="review__meta">
              <span className={`state-badge state-badge--${view.state}`}>{t(`state.${view.state}`)}</span>
              {view.drafter && <span>{t('workflow.drafterIs', { name: view.drafter.name })}</span>}
              {view.submission && <span>{t('workflow.submittedAt', { time: formatAbsolute(view.submission.submittedAt, locale) })}</span>}
            </p>
          )}
        </div>
        <div className="editor__actions">
          <button type="button" className="button button--ghost" onClick={() => void navigate({ page: 'editor', id })}>
            <Icon name="draft" />
            {t('review.openEditor')}
          </button>
          {view?.state === 'submitted' && (
            <ReviewActions
              title={title}
              approveBlocked={blocked}
              canApprove={view.can.approve}
              canReject={view.can.reject}
              onApprove={approve}
              onReject={reject}
              markedPlace={markedPlace}
            />
          )}
        </div>
      </div>
      <div className="review__banners">
        {workflow.error !== undefined && (
          <div className="banner banner--error" role="alert">
            <p className="banner__text">{t('workflow.loadFailed', { message: serviceMessage(workflow.error, locale, t) })}</p>
            <button type="button" className="button button--small" onClick={workflow.reload}>
              {t('action.retry')}
            </button>
          </div>
        )}
        {view?.state === 'submitted' && blocked && (
          <div className="banner banner--warning" role="note" data-testid="approve-blocked">
            <Icon name="warning" size={20} />
            <div className="banner__content">
              <p className="banner__title">{blocked}</p>
              {view.drafter?.id === session.user?.id && <p className="banner__text">{t('review.blockedHint')}</p>}
            </div>
          </div>
        )}
        {view?.state === 'submitted' && !blocked && !view.can.approve && !view.can.reject && (
          <div className="banner banner--info" role="note">
            <p className="banner__text">{t('review.notReviewer')}</p>
          </div>
        )}
        {view && view.state !== 'submitted' && (
          <div className={done ? 'banner banner--success' : 'banner banner--info'} role={done ? 'status' : 'note'} data-testid="review-outcome">
            <Icon name={view.state === 'rejected' ? 'back' : view.state === 'draft' ? 'draft' : 'approved'} size={20} />
            <div className="banner__content">
              <p className="banner__title">{t(`review.outcome.${view.state}`)}</p>
              {view.submission?.reviewer && view.submission.reviewedAt && (view.state === 'approved' || view.state === 'exported' || view.state === 'rejected') && (
                <p className="banner__text">
                  {t(view.state === 'rejected' ? 'workflow.rejectedBy' : 'workflow.approvedBy', {
                    name: view.submission.reviewer.name,
                    time: formatAbsolute(view.submission.reviewedAt, locale),
                  })}
                </p>
              )}
            </div>
          </div>
        )}
      </div>
      <ReviewLoaded load={load} onRetry={() => void fetchReview()} />
    </div>
  )
}
