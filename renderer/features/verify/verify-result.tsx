import type { ReactNode } from 'react'
import type { VerifyView } from '../../../shared/api/contract-workflow'
import { renderVerifyReasons } from '../../../shared/bundle/verify-reasons'
import { useI18n } from '../../i18n/i18n'
import { formatAbsolute } from '../../lib/format-time'
import { Icon } from '../../ui/icon'

/**
 * The verdict first and large (通过 / 未通过), then every check in the service's order with its reason,
 * what the bundle says about the notice, and — only when everything passed — the text to publish.
 */
export function VerifyResult({ result, trustFile }: { result: VerifyView; trustFile: string | undefined }) {
  const { t, locale } = useI18n()
  const failed = result.checks.filter((check) => !check.ok).length
  const notice = result.notice
  const basis =
    result.trust.source === 'file'
      ? t('verify.basisFile', { file: trustFile ?? 'trust.json', office: result.trust.office || '—', count: result.trust.keys })
      : t('verify.basisOffice', { count: result.trust.keys })

  return (
    <div className="verify__result">
      <section className={result.ok ? 'verdict verdict--pass' : 'verdict verdict--fail'} role={result.ok ? 'status' : 'alert'} aria-labelledby="verdict-title">
        <Icon name={result.ok ? 'checkCircle' : 'xCircle'} size={44} />
        <div className="verdict__content">
          <h2 id="verdict-title" className="verdict__title">
            {result.ok ? t('verify.pass') : t('verify.fail')}
          </h2>
          <p className="verdict__text">{result.ok ? t('verify.passBody') : t('verify.failBody', { count: failed })}</p>
          {!result.ok && (
            // The reasons first, where the eye already is; the full list in order follows below.
            <ul className="verdict__failures">
              {result.checks
                .filter((check) => !check.ok)
                .map((check) => (
                  <li key={check.id}>{renderVerifyReasons(locale, check.reasons)}</li>
                ))}
            </ul>
          )}
          <p className="verdict__basis">{basis}</p>
          <p className="verdict__hash">
            {t('verify.bundleHash')} <code>{result.bundleSha256}</code>
          </p>
        </div>
      </section>

      <section className="card verify__checks" aria-labelledby="checks-title">
        <h2 id="checks-title" className="card__title">
          {t('verify.checks', { passed: result.checks.length - failed, total: result.checks.length })}
        </h2>
        <ol className="check-list">
          {result.checks.map((check) => (
            <li key={check.id} className={check.ok ? 'check check--ok' : 'check check--failed'} data-check={check.id}>
              <span className="check__mark" aria-hidden="true">
                {check.ok ? '✓' : '✗'}
              </span>
              <span className="visually-hidden">{check.ok ? t('verify.checkOk') : t('verify.checkFailed')}</span>
              <span className="check__reason">{renderVerifyReasons(locale, check.reasons)}</span>
            </li>
          ))}
        </ol>
      </section>

      {result.warnings.length > 0 && (
        <section className="card verify__warnings" aria-labelledby="warnings-title">
          <h2 id="warnings-title" className="card__title">
            {t('verify.warnings')}
          </h2>
          <ul className="check-list">
            {result.warnings.map((warning) => (
              <li key={warning.id} className="check check--warning" data-warning={warning.id}>
                <span className="check__mark" aria-hidden="true">
                  ⚠
                </span>
                <span className="visually-hidden">{t('verify.warningMark')}</span>
                <span className="check__reason">{renderVerifyReasons(locale, warning.reasons)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {notice && (
        <section className="card verify__notice" aria-labelledby="notice-title">
          <h2 id="notice-title" className="card__title">
            {t('verify.notice')}
          </h2>
          <dl className="verify__facts">
            <Fact label={t('verify.f.title')}>
              <span className="verify__notice-title">{notice.title || t('notice.untitled')}</span>
            </Fact>
            <Fact label={t('verify.f.drafter')}>
              {notice.drafter}
              <span className="verify__when">{formatAbsolute(notice.draftedAt, locale)}</span>
            </Fact>
            <Fact label={t('verify.f.reviewer')}>
              {notice.reviewer ?? '—'}
              {notice.approvedAt && <span className="verify__when">{formatAbsolute(notice.approvedAt, locale)}</span>}
            </Fact>
            {notice.comment && <Fact label={t('verify.f.comment')}>{notice.comment}</Fact>}
            <Fact label={t('verify.f.id')}>
              <code className="verify__mono">{notice.noticeId}</code>
              <span className="verify__when">{t('verify.f.version', { version: notice.version })}</span>
            </Fact>
            <Fact label={t('verify.f.files')}>
              <ul className="verify__files">
                {notice.files.map((file) => (
                  <li key={file.name}>
                    <code className="verify__mono">{file.name}</code>
                    <span className="verify__when">{t('verify.bytes', { size: file.size.toLocaleString(locale) })}</span>
                  </li>
                ))}
              </ul>
            </Fact>
            {result.unsigned.length > 0 && (
              <Fact label={t('verify.unsigned')}>
                <span className="verify__when">{t('verify.unsignedHint')}</span>
                <ul className="verify__files">
                  {result.unsigned.map((name) => (
                    <li key={name}>
                      <code className="verify__mono">{name}</code>
                    </li>
                  ))}
                </ul>
              </Fact>
            )}
          </dl>
        </section>
      )}

      {result.ok && notice && typeof notice.text === 'string' && (
        <section className="card verify__text" aria-labelledby="text-title">
          <h2 id="text-title" className="card__title">
            {t('verify.text')}
          </h2>
          <p className="card__hint">{t('verify.textHint')}</p>
          <div className="verify__published" tabIndex={0}>
            {notice.text}
          </div>
        </section>
      )}
    </div>
  )
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="verify__fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}
