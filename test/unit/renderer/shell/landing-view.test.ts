import { describe, expect, it } from 'vitest'
import { landingView } from '../../../../renderer/features/shell/landing'

describe('landingView', () => {
  it('starts a reviewer on 待审核 and anyone who drafts on 草稿', () => {
    expect(landingView(['reviewer'])).toBe('submitted')
    expect(landingView(['reviewer', 'admin'])).toBe('submitted')
    expect(landingView(['drafter', 'reviewer'])).toBe('draft')
    expect(landingView(['drafter'])).toBe('draft')
    expect(landingView(['admin'])).toBe('draft')
  })
})
