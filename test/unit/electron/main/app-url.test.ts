import { describe, expect, it } from 'vitest'
import { appEntryUrl, appOrigin, isAppUrl, schemeOf, shouldCancelRequest } from '../../../../electron/main/app-url'

describe('isAppUrl', () => {
  it('accepts pages and assets of our UI', () => {
    expect(appOrigin).toBe('app://countersign')
    expect(isAppUrl(appEntryUrl)).toBe(true)
    expect(isAppUrl('app://countersign/assets/index-abc123.js')).toBe(true)
    expect(isAppUrl('app://countersign/index.html#/notices/1')).toBe(true)
  })

  it.each([
    ['file:///work/out/renderer/index.html'],
    ['http://countersign/index.html'],
    ['https://countersign/index.html'],
    ['app://evil/index.html'],
    ['app://countersign.evil.example/index.html'],
    ['app://countersign:8080/index.html'],
    ['app://user:pass@countersign/index.html'],
    ['app://user@countersign/index.html'],
    ['javascript:alert(1)'],
    ['about:blank'],
    ['devtools://devtools/bundled/inspector.html'],
    ['not a url'],
    [''],
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false)
  })
})

describe('shouldCancelRequest', () => {
  const production = { allowDevTools: false }
  const development = { allowDevTools: true }

  it('lets our own UI load', () => {
    expect(shouldCancelRequest(appEntryUrl, production)).toBe(false)
    expect(shouldCancelRequest('app://countersign/assets/app.css', production)).toBe(false)
  })

  it.each([
    'https://example.com/',
    'http://127.0.0.1:5173/',
    'http://localhost/',
    'ws://127.0.0.1:9000/',
    'wss://example.com/socket',
    'file:///etc/passwd',
    'ftp://example.com/x',
    'chrome-extension://abc/page.html',
    'app://other/index.html',
    'app://countersign:1/index.html',
    'blob:https://example.com/6f1c',
    'not a url',
  ])('cancels %s', (url) => {
    expect(shouldCancelRequest(url, production)).toBe(true)
    expect(shouldCancelRequest(url, development)).toBe(true)
  })

  it('allows devtools:// only in development builds', () => {
    const url = 'devtools://devtools/bundled/devtools_app.html'
    expect(shouldCancelRequest(url, production)).toBe(true)
    expect(shouldCancelRequest(url, development)).toBe(false)
  })

  it('allows data: and blob: URLs minted by our own origin, which never leave the process', () => {
    expect(shouldCancelRequest('data:image/png;base64,iVBORw0KGgo=', production)).toBe(false)
    expect(shouldCancelRequest('blob:app://countersign/0e1f2a3b-4c5d', production)).toBe(false)
  })
})

describe('schemeOf', () => {
  it('reduces a URL to its scheme so logs never carry paths or queries', () => {
    expect(schemeOf('https://example.com/secret?doc=1')).toBe('https')
    expect(schemeOf('app://countersign/x')).toBe('app')
    expect(schemeOf('%%%')).toBe('invalid')
  })
})
