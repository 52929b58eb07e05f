import { useCallback, useEffect, useState } from 'react'
import type { RemoteReview, SavedFile } from '../../../shared/api/contract-workflow'
import { call } from '../../lib/api'
import { saveFile } from '../../lib/files'
import { formatAbsolute } from '../../lib/format-time'
import { useI18n } from '../../i18n/i18n'
import { Icon } from '../../ui/icon'
import { useSession } from '../session/session-context'
import { useNavigation } from '../shell/navigation'
import { ReviewActions } from '../review/review-actions'
import { ReviewLoaded, type ReviewLoad } from '../review/review-loaded'
import '../review/review.css'
import '../review/workflow.css'

type Load = ReviewLoad<{ request: RemoteReview | undefined }>

/**
 * 外来审核 of one imported request: the same review screen as on the office machine, and a decision that
 * becomes a signed file to carry back to the drafter's machine (导入审核结果 there).
 */
export function RemoteReviewPage({ id }: { id: string }) {
  const { t, locale } = useI18n()
  const { navigate } = useNavigation()
  const { hasRole } = useSession()
  const [load, setLoad] = useState<Load>({ status: 'loading' })
  const [decision, setDecision] = useState<{ kind: 'approve' | 'reject'; file: SavedFile } | undefined>()

  const fetchAll = useCallback(async () => {
    try {
      const [view, list] = await Promise.all([call('review.remoteGet', { id }), call('review.remoteList', {})])
      setLoad({ status: 'ready', view, request: list.find((item) => item.id === id) })
    } catch (error) {
      setLoad({ status: 'failed', error })
    }
  }, [id])

  useEffect(() => {
    void fetchAll()
  }, [fetchAll])

  const decide = async (kind: 'approve' | 'reject', password: string, text: string) => {
    const file = await call('review.remoteDecide', {
      id,
      password,
      decision: kind,
      ...(kind === 'approve' ? (text ? { comment: text } : {}) : { reason: text }),
    })
    saveFile(file)
    setDecision({ kind, file })
    await fetchAll()
  }

  const request = load.status === 'ready' ? load.request : undefined
  const title = load.status === 'ready' ? load.view.published.title : (request?.title ?? '')
  const pending = request?.state === 'pending' && !decision
  const reviewer = hasRole('reviewer')

  return (
    <div className="review">
      <div className="editor__toolbar review__toolbar">
        <button type="button" className="button button--ghost" onClick={() => void navigate({ page: 'remote' })}>
          <Icon name="back" />
          {t('remote.back')}
        </button>
        <div className="review__heading">
          <h1 className="review__title">
            <span className="review__kicker">{t('remote.kicker')}</span>
            <span className="review__name">{title || t('notice.untitled')}</span>
          </h1>
          {request && (
            <p className="review__meta">
              <span className={`state-badge state-badge--${request.state === 'pending' ? 'submitted' : request.state}`}>{t(`remote.state.${request.state}`)}</span>
              <span>{t('remote.from', { office: request.office, drafter: request.drafter })}</span>
              <span>{t('remote.importedAt', { time: formatAbsolute(request.importedAt, locale) })}</span>
            </p>
          )}
        </div>
        <div className="editor__actions">
          {pending && (
            <ReviewActions
              title={title}
              approveBlocked={reviewer ? undefined : t('remote.notReviewer')}
              canApprove={reviewer}
              canReject={reviewer}
              onApprove={(password, comment) => decide('approve', password, comment)}
              onReject={(password, reason) => decide('reject', password, reason)}
            />
          )}
        </div>
      </div>
      <div className="review__banners">
        {decision && (
          <section className="banner banner--success" role="status" data-testid="remote-decision">
            <Icon name="check" size={20} />
            <div className="banner__content">
              <p className="banner__title">{t(decision.kind === 'approve' ? 'remote.approvedSaved' : 'remote.rejectedSaved', { file: decision.file.fileName })}</p>
              <p className="banner__text">{t('remote.carryBack')}</p>
              <div className="banner__actions">
                <button type="button" className="button button--small" onClick={() => saveFile(decision.file)}>
                  <Icon name="exported" size={16} />
                  {t('remote.saveAgain')}
                </button>
              </div>
            </div>
          </section>
        )}
        {!decision && request && request.state !== 'pending' && (
          <div className="banner banner--info" role="note">
            <p className="banner__text">
              {t(request.state === 'approved' ? 'remote.alreadyApproved' : 'remote.alreadyRejected', {
                time: request.decidedAt ? formatAbsolute(request.decidedAt, locale) : '',
              })}
            </p>
          </div>
        )}
        {pending && !reviewer && (
          <div className="banner banner--warning" role="note">
            <p className="banner__text">{t('remote.notReviewer')}</p>
          </div>
        )}
      </div>
      <ReviewLoaded load={load} onRetry={() => void fetchAll()} />
    </div>
  )
}
