import { expect, test } from './support/app-fixture'
import { invokeAppInfo, rawRequest } from './support/raw-http'

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

  test('answers a call with the token, loopback Host and its own Origin', async ({ app }) => {
    const host = app.host!
    const response = await invokeAppInfo(host.port, { host: `127.0.0.1:${host.port}`, origin: host.origin, 'x-countersign-token': host.token })
    expect(response.status).toBe(200)
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { dataDir: app.dataDir, shell: 'browser' } })
  })

  test('refuses an API call without the token (401), or with a wrong one', async ({ app }) => {
    const host = app.host!
    expect((await invokeAppInfo(host.port, { host: `127.0.0.1:${host.port}` })).status).toBe(401)
    expect((await invokeAppInfo(host.port, { host: `127.0.0.1:${host.port}`, 'x-countersign-token': `${host.token}x` })).status).toBe(401)
    expect((await rawRequest(host.port, { path: '/api/events', headers: { host: `127.0.0.1:${host.port}` } })).status).toBe(401)
  })

  test('refuses a foreign Host header (421), as a DNS-rebinding page would send', async ({ app }) => {
    const host = app.host!
    const response = await invokeAppInfo(host.port, { host: `attacker.example:${host.port}`, 'x-countersign-token': host.token })
    expect(response.status).toBe(421)
    expect((await rawRequest(host.port, { path: '/', headers: { host: `attacker.example:${host.port}` } })).status).toBe(421)
  })

  test('refuses a foreign Origin (403), even with the token', async ({ app }) => {
    const host = app.host!
    const response = await invokeAppInfo(host.port, { host: `127.0.0.1:${host.port}`, origin: 'http://attacker.example', 'x-countersign-token': host.token })
    expect(response.status).toBe(403)
  })

  test('serves the page with the Content-Security-Policy header and keeps the token out of the address bar', async ({ app }) => {
    const host = app.host!
    const response = await rawRequest(host.port, { path: '/', headers: { host: `127.0.0.1:${host.port}` } })
    expect(response.status).toBe(200)
    expect(response.headers['content-security-policy']).toContain("script-src 'self'")
    expect(response.headers['content-security-policy']).toContain("connect-src 'self'")
    await expect(app.page.getByRole('heading', { name: '草稿', level: 1 })).toBeVisible()
    expect(app.page.url()).not.toContain(host.token)
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
