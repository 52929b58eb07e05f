/** The lists in the navigation, one per workflow state (回收站 and 设置 are pages of their own). */
export const listViews = ['draft', 'submitted', 'approved', 'exported'] as const
export type ListView = (typeof listViews)[number]

/** Where an account lands after signing in: a reviewer who does not draft starts on 待审核, everyone else on 草稿. */
export function landingView(roles: readonly string[]): ListView {
  return roles.includes('reviewer') && !roles.includes('drafter') ? 'submitted' : 'draft'
}
