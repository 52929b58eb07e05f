import { describe, expect, it } from 'vitest'
import { chromiumArgs } from '../../../../electron/host/chromium'

describe('the browser shell’s Chromium flags', () => {
  it('start Chromium in Chinese, in an app window on a throw-away profile', () => {
    const args = chromiumArgs('http://127.0.0.1:4321/', '/tmp/countersign-profile-x', false)
    expect(args).toContain('--lang=zh-CN')
    expect(args).toContain('--app=http://127.0.0.1:4321/')
    expect(args).toContain('--user-data-dir=/tmp/countersign-profile-x')
    expect(args).not.toContain('--no-sandbox')
  })
})
