/**
 * Messages of the account changes an administrator makes (修改角色, 停用账户), the admin-only notes shown to
 * everyone else, and the whole-column removal in the preview. zh-CN is the source; the English annotation makes
 * a missing or extra key a compile error.
 */
export const zhCNRoles = {
  'accounts.introReadOnlyRoles': '本单位可以起草、审核和管理会签的人员，以及各自签名密钥的指纹。只有管理员可以添加账户、修改角色、停用账户或重置密码。',
  'accounts.deactivated': '已停用',
  'accounts.deactivatedAt': '停用于 {time}',
  'accounts.editRoles': '修改角色',
  'accounts.editRolesFor': '修改 {name} 的角色',
  'accounts.deactivate': '停用',
  'accounts.deactivateFor': '停用 {name} 的账户',
  'accounts.selfDeactivate': '不能停用自己的账户，请由另一位管理员操作。',
  'accounts.lastAdmin': '这是唯一的管理员账户，请先为另一个账户添加管理员角色。',
  'roles.title': '修改 {name} 的角色',
  'roles.keyNote': '起草人或审核人角色一旦改变，{name} 现在的签名密钥会以“已更替”吊销（此前的签名仍然有效），下次输入密码时生成新密钥。之后请重新导出信任列表。',
  'roles.lastAdmin': '{name} 是唯一的管理员，不能取消其管理员角色。',
  'roles.submit': '保存角色',
  'roles.done': '已修改 {name} 的角色',
  'roles.unchanged': '角色没有变化。',
  'deactivate.title': '停用 {name} 的账户',
  'deactivate.warningTitle': '停用后不能再登录',
  'deactivate.warningBody': '{name} 将不能再登录、起草或审核；其签名密钥以“已更替”吊销，停用前签署的签名包仍能通过验证。请在停用后重新导出信任列表。',
  'deactivate.submit': '停用账户',
  'deactivate.done': '已停用 {name} 的账户',
  'sm2.adminOnly': '只有管理员可以更改此设置。',
  'review.wholeColumn': '（随整列删除）',
} as const satisfies Record<string, string>

export const enRoles: Record<keyof typeof zhCNRoles, string> = {
  'accounts.introReadOnlyRoles': 'Who in this office drafts, reviews and administers Countersign, with the fingerprints of their signing keys. Only an administrator adds accounts, changes roles, deactivates accounts or resets passwords.',
  'accounts.deactivated': 'Deactivated',
  'accounts.deactivatedAt': 'deactivated {time}',
  'accounts.editRoles': 'Change roles',
  'accounts.editRolesFor': 'Change the roles of {name}',
  'accounts.deactivate': 'Deactivate',
  'accounts.deactivateFor': 'Deactivate the account of {name}',
  'accounts.selfDeactivate': 'You cannot deactivate your own account; ask another administrator.',
  'accounts.lastAdmin': 'This is the only administrator; make someone else an administrator first.',
  'roles.title': 'Change the roles of {name}',
  'roles.keyNote': 'When the drafter or reviewer role changes, the current signing key of {name} is revoked as superseded (earlier signatures stand) and a new key is made at the next password. Export the trust list again afterwards.',
  'roles.lastAdmin': '{name} is the only administrator and keeps that role.',
  'roles.submit': 'Save roles',
  'roles.done': 'Roles of {name} changed',
  'roles.unchanged': 'The roles did not change.',
  'deactivate.title': 'Deactivate the account of {name}',
  'deactivate.warningTitle': 'A deactivated account can no longer sign in',
  'deactivate.warningBody': '{name} will no longer sign in, draft or review; the signing key is revoked as superseded, and bundles signed before stay verifiable. Export the trust list again afterwards.',
  'deactivate.submit': 'Deactivate account',
  'deactivate.done': 'Account of {name} deactivated',
  'sm2.adminOnly': 'Only an administrator can change this setting.',
  'review.wholeColumn': '(removed with its column)',
}
