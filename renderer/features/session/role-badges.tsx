import type { Role } from '../../../shared/accounts/roles'
import { useI18n } from '../../i18n/i18n'

/** 起草人 / 审核人 / 管理员 as small badges, in the fixed order of `roles`. */
export function RoleBadges({ roles }: { roles: readonly string[] }) {
  const { t } = useI18n()
  return (
    <span className="role-badges">
      {roles.map((role) => (
        <span key={role} className={`badge role-badge role-badge--${role}`}>
          {isRole(role) ? t(`role.${role}`) : role}
        </span>
      ))}
    </span>
  )
}

function isRole(value: string): value is Role {
  return value === 'drafter' || value === 'reviewer' || value === 'admin'
}
