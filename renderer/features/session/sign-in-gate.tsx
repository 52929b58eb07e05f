import { useI18n } from '../../i18n/i18n'
import { useSession } from './session-context'
import { SetupForm } from './setup-form'
import { SignInForm } from './sign-in-form'
import './session.css'

/**
 * What the app shows until someone is signed in: 初始设置 on first run (no accounts yet: the office and
 * its first administrator), 登录 otherwise. Nothing else of the app is reachable from here.
 */
export function SignInGate() {
  const { t } = useI18n()
  const { session } = useSession()
  return (
    <main className="gate">
      <div className="gate__column">
        <div className="gate__brand">
          <div className="brand-mark brand-mark--large" aria-hidden="true">
            签
          </div>
          <div className="gate__brand-text">
            <span className="gate__brand-name">{t('app.name')}</span>
            <span className="gate__brand-sub">{t('gate.tagline')}</span>
          </div>
        </div>
        <section className="gate__card">{session.hasAccounts ? <SignInForm /> : <SetupForm />}</section>
        <p className="gate__foot">{t('gate.footnote')}</p>
      </div>
    </main>
  )
}
