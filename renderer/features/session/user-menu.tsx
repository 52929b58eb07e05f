import { useEffect, useId, useRef, useState } from 'react'
import { call } from '../../lib/api'
import { serviceMessage } from '../../lib/service-message'
import { useI18n } from '../../i18n/i18n'
import { Fingerprint } from '../../ui/fingerprint'
import { Icon } from '../../ui/icon'
import { useToast } from '../../ui/toast'
import { ChangePasswordDialog } from './change-password-dialog'
import { RoleBadges } from './role-badges'
import { useSession } from './session-context'
import './session.css'

/**
 * 当前用户 in the header: who is signed in, with which roles and signing key (its fingerprint, as the
 * trust list shows it), and the two things a person does to their own account: 修改密码 and 退出登录.
 */
export function UserMenu() {
  const { t, locale } = useI18n()
  const { session, apply } = useSession()
  const toast = useToast()
  const [open, setOpen] = useState(false)
  const [changing, setChanging] = useState(false)
  const [signingOut, setSigningOut] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const panelId = useId()
  const user = session.user

  useEffect(() => {
    if (!open) return
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false)
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false)
    }
    document.addEventListener('pointerdown', onPointer)
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('pointerdown', onPointer)
      document.removeEventListener('keydown', onKey)
    }
  }, [open])

  if (!user) return null

  const signOut = async () => {
    setSigningOut(true)
    try {
      apply(await call('session.signOut', {}))
      toast.clear()
    } catch (error) {
      toast.show({ message: serviceMessage(error, locale, t), tone: 'error' })
      setSigningOut(false)
    }
  }

  return (
    <div className="user-menu" ref={rootRef}>
      <button
        type="button"
        className={open ? 'user-menu__button user-menu__button--open' : 'user-menu__button'}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('user.menu', { name: user.name })}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="user-menu__avatar" aria-hidden="true">
          {[...user.name][0] ?? '?'}
        </span>
        <span className="user-menu__name">{user.name}</span>
        <Icon name="chevronDown" size={16} />
      </button>
      {open && (
        <div id={panelId} className="user-menu__panel" role="region" aria-label={t('user.whoAmI')}>
          <div className="user-menu__who">
            <span className="user-menu__avatar user-menu__avatar--large" aria-hidden="true">
              {[...user.name][0] ?? '?'}
            </span>
            <div className="user-menu__identity">
              <span className="user-menu__full-name">{user.name}</span>
              <span className="user-menu__login">{user.login}</span>
            </div>
          </div>
          <dl className="user-menu__facts">
            {session.office && (
              <div>
                <dt>{t('user.office')}</dt>
                <dd>{session.office}</dd>
              </div>
            )}
            <div>
              <dt>{t('user.roles')}</dt>
              <dd>
                <RoleBadges roles={user.roles} />
              </dd>
            </div>
            <div>
              <dt>{t('user.fingerprint')}</dt>
              <dd>
                <Fingerprint value={user.fingerprint} />
              </dd>
            </div>
          </dl>
          <div className="user-menu__actions">
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                setOpen(false)
                setChanging(true)
              }}
            >
              <Icon name="lock" size={16} />
              {t('user.changePassword')}
            </button>
            <button type="button" className="button button--small" onClick={() => void signOut()} disabled={signingOut}>
              <Icon name="logOut" size={16} />
              {t('user.signOut')}
            </button>
          </div>
        </div>
      )}
      <ChangePasswordDialog open={changing} onClose={() => setChanging(false)} />
    </div>
  )
}
