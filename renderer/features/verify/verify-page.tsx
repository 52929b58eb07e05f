import { useState } from 'react'
import type { VerifyView } from '../../../shared/api/contract-workflow'
import { call } from '../../lib/api'
import { base64ToText, pickFile, type PickedFile } from '../../lib/files'
import { serviceMessage } from '../../lib/service-message'
import { useI18n } from '../../i18n/i18n'
import { Icon } from '../../ui/icon'
import { VerifyResult } from './verify-result'
import '../../ui/page-tools.css'
import './verify.css'

type Picked = PickedFile & { size: number }

function withSize(file: PickedFile): Picked {
  // base64 length → bytes, for showing the size only.
  const padding = file.data.endsWith('==') ? 2 : file.data.endsWith('=') ? 1 : 0
  return { ...file, size: (file.data.length / 4) * 3 - padding }
}

/**
 * 验证签名包 — for the web publisher: a bundle, checked offline against a trust list file or, without
 * one, against this office's keys and the lists imported here. Every check is shown with its reason.
 */
export function VerifyPage() {
  const { t, locale } = useI18n()
  const [bundle, setBundle] = useState<Picked>()
  const [trust, setTrust] = useState<Picked & { json: string }>()
  const [result, setResult] = useState<VerifyView>()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()

  const chooseBundle = async () => {
    try {
      const file = await pickFile('.zip,application/zip')
      if (!file) return
      setBundle(withSize(file))
      setResult(undefined)
      setError(undefined)
    } catch {
      setError(t('verify.unreadable'))
    }
  }

  const chooseTrust = async () => {
    try {
      const file = await pickFile('.json,application/json')
      if (!file) return
      setTrust({ ...withSize(file), json: base64ToText(file.data) })
      setResult(undefined)
      setError(undefined)
    } catch {
      setError(t('verify.unreadable'))
    }
  }

  const run = async () => {
    if (!bundle) return
    setBusy(true)
    setError(undefined)
    setResult(undefined)
    try {
      setResult(await call('bundle.verify', trust ? { bundle: bundle.data, trustJson: trust.json } : { bundle: bundle.data }))
    } catch (failure) {
      setError(serviceMessage(failure, locale, t))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="page verify" aria-labelledby="page-title">
      <div className="page__header">
        <h1 id="page-title" className="page__title">
          {t('verify.title')}
        </h1>
      </div>
      <p className="page__intro">{t('verify.intro')}</p>

      <section className="card verify__inputs" aria-label={t('verify.inputs')}>
        <div className="verify__input">
          <div className="verify__input-label">
            <span className="verify__input-name">{t('verify.bundle')}</span>
            <span className="card__hint">{t('verify.bundleHint')}</span>
          </div>
          <div className="verify__input-file">
            <button type="button" className="button" onClick={() => void chooseBundle()} disabled={busy}>
              <Icon name="file" />
              {bundle ? t('verify.chooseBundleAgain') : t('verify.chooseBundle')}
            </button>
            {bundle && <FileName file={bundle} />}
          </div>
        </div>
        <div className="verify__input">
          <div className="verify__input-label">
            <span className="verify__input-name">{t('verify.trust')}</span>
            <span className="card__hint">{t('verify.trustHint')}</span>
          </div>
          <div className="verify__input-file">
            <button type="button" className="button" onClick={() => void chooseTrust()} disabled={busy}>
              <Icon name="key" />
              {trust ? t('verify.chooseTrustAgain') : t('verify.chooseTrust')}
            </button>
            {trust ? (
              <>
                <FileName file={trust} />
                <button
                  type="button"
                  className="button button--small button--ghost"
                  onClick={() => {
                    setTrust(undefined)
                    setResult(undefined)
                  }}
                  disabled={busy}
                >
                  {t('verify.useOffice')}
                </button>
              </>
            ) : (
              <span className="verify__default">{t('verify.officeKeys')}</span>
            )}
          </div>
        </div>
        <div className="verify__run">
          <button type="button" className="button button--primary" onClick={() => void run()} disabled={!bundle || busy}>
            {busy ? <span className="spinner" aria-hidden="true" /> : <Icon name="shieldCheck" />}
            {t('verify.run')}
          </button>
        </div>
      </section>

      {error && (
        <div className="banner banner--error" role="alert">
          <Icon name="warning" size={20} />
          <p className="banner__text">{error}</p>
        </div>
      )}
      {result && <VerifyResult result={result} trustFile={trust?.name} />}
    </section>
  )
}

function FileName({ file }: { file: Picked }) {
  const { t } = useI18n()
  const kb = Math.max(1, Math.round(file.size / 1024))
  return (
    <span className="verify__file-name">
      {file.name}
      <span className="verify__file-size">{t('verify.size', { kb })}</span>
    </span>
  )
}
