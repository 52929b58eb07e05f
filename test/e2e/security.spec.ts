import type { Page } from '@playwright/test'
import { expect, test } from './support/app-fixture'
import { invokeAppInfo, rawRequest } from './support/raw-http'

/** The browser's session cookie for the host, as a Cookie header (Playwright reads HttpOnly cookies; page script cannot). */
async function sessionCookie(page: Page, origin: string): Promise<{ header: string; httpOnly: boolean; sameSite: string }> {
  const cookie = (await page.context().cookies(origin)).find((c) => c.name === 'countersign_session')
  if (!cookie) throw new Error('no session cookie')
  return { header: `${cookie.name}=${cookie.value}`, httpOnly: cookie.httpOnly, sameSite: cookie.sameSite }
}

// The app opens on the sign-in screen: these tests work as the drafter 王小明.
test.beforeEach(async ({ app }) => {
  await app.signIn('drafter')
})

/** The few page globals the CSP test touches; test code is typed for Node, which has no DOM library. */
type PageGlobals = {
  document: {
    addEventListener(type: 'securitypolicyviolation', listener: (event: { effectiveDirective: string }) => void): void
    createElement(tag: 'script'): { textContent: string | null }
    head: { append(node: unknown): void }
  }
  fetch(url: string): Promise<{ ok: boolean; status: number }>
}

test.describe('browser host', () => {
  test.skip(({ shell }) => shell !== 'browser', 'the HTTP host exists only in the browser shell')

  test('answers a call with the session cookie, loopback Host and its own Origin', async ({ app }) => {
    const host = app.host!
    const { header } = await sessionCookie(app.page, host.origin)
    const response = await invokeAppInfo(host.port, { host: `127.0.0.1:${host.port}`, origin: host.origin, cookie: header })
    expect(response.status).toBe(200)
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { dataDir: app.dataDir, shell: 'browser' } })
  })

  test('refuses an API call without the session cookie (401), or with a wrong one', async ({ app }) => {
    const host = app.host!
    const { header } = await sessionCookie(app.page, host.origin)
    expect((await invokeAppInfo(host.port, { host: `127.0.0.1:${host.port}` })).status).toBe(401)
    expect((await invokeAppInfo(host.port, { host: `127.0.0.1:${host.port}`, cookie: `${header}x` })).status).toBe(401)
    expect((await rawRequest(host.port, { path: '/api/events', headers: { host: `127.0.0.1:${host.port}` } })).status).toBe(401)
  })

  test('refuses a foreign Host header (421), as a DNS-rebinding page would send', async ({ app }) => {
    const host = app.host!
    const { header } = await sessionCookie(app.page, host.origin)
    const response = await invokeAppInfo(host.port, { host: `attacker.example:${host.port}`, cookie: header })
    expect(response.status).toBe(421)
    expect((await rawRequest(host.port, { path: '/', headers: { host: `attacker.example:${host.port}` } })).status).toBe(421)
  })

  test('refuses a foreign Origin (403), even with the session cookie', async ({ app }) => {
    const host = app.host!
    const { header } = await sessionCookie(app.page, host.origin)
    const response = await invokeAppInfo(host.port, { host: `127.0.0.1:${host.port}`, origin: 'http://attacker.example', cookie: header })
    expect(response.status).toBe(403)
  })

  test('holds its session in an HttpOnly, SameSite=Strict cookie; the one-time code of its address is spent', async ({ app }) => {
    const host = app.host!
    const cookie = await sessionCookie(app.page, host.origin)
    expect(cookie.httpOnly).toBe(true)
    expect(cookie.sameSite).toBe('Strict')
    // page script cannot read it
    expect(await app.page.evaluate(() => (globalThis as unknown as { document: { cookie: string } }).document.cookie)).not.toContain('countersign_session')
    const code = /#code=([A-Za-z0-9_-]+)/.exec(host.url)?.[1] ?? ''
    expect(code.length).toBeGreaterThan(20)
    const again = await rawRequest(host.port, { method: 'POST', path: '/api/session', headers: { host: `127.0.0.1:${host.port}`, 'content-type': 'application/json' }, body: JSON.stringify({ code }) })
    expect(again.status).toBe(403)
    expect((await invokeAppInfo(host.port, { host: `127.0.0.1:${host.port}`, cookie: `countersign_session=${code}` })).status).toBe(401)
  })

  test('serves the page with the Content-Security-Policy header and keeps the code out of the address bar', async ({ app }) => {
    const host = app.host!
    const response = await rawRequest(host.port, { path: '/', headers: { host: `127.0.0.1:${host.port}` } })
    expect(response.status).toBe(200)
    expect(response.headers['content-security-policy']).toContain("script-src 'self'")
    expect(response.headers['content-security-policy']).toContain("connect-src 'self'")
    await expect(app.page.getByRole('heading', { name: '草稿', level: 1 })).toBeVisible()
    expect(app.page.url()).not.toContain('code=')
  })
})

test('the page CSP stops an injected inline script and a request to an external site', async ({ app }) => {
  const page = app.page
  await expect(page.getByRole('heading', { name: '草稿', level: 1 })).toBeVisible()
  const outcome = await page.evaluate(async () => {
    const web = globalThis as unknown as PageGlobals
    const document = web.document
    const violations: string[] = []
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective))
    const script = document.createElement('script')
    script.textContent = 'window.__countersignInjected = true'
    document.head.append(script)
    let external = 'allowed'
    try {
      await web.fetch('https://example.com/')
    } catch {
      external = 'blocked'
    }
    // A request to the app's own origin still works: the policy is not simply blocking everything.
    const own = await web.fetch('./favicon.svg').then(
      (response) => (response.ok ? 'allowed' : `status ${response.status}`),
      () => 'blocked',
    )
    return { injected: Reflect.get(globalThis, '__countersignInjected') === true, external, own, violations }
  })
  expect(outcome.injected).toBe(false)
  expect(outcome.external).toBe('blocked')
  expect(outcome.own).toBe('allowed')
  expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem', 'connect-src']))
})
