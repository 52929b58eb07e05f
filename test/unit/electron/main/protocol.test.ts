import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, securityHeaders } from '../../../../electron/host/security'
import { mimeType, privilegedSchemes, registerAppProtocol, resolveAppFile, serveAppRequest } from '../../../../electron/main/protocol'
import { tempDir } from '../../../support/temp-dir'

/** A built-renderer folder with a secret file beside it that traversal must never reach. */
function renderer(): { root: string; dir: string } {
  const root = tempDir('countersign-protocol-')
  const dir = path.join(root, 'renderer')
  fs.mkdirSync(path.join(dir, 'assets'), { recursive: true })
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>会签</title>')
  fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'export {}')
  fs.writeFileSync(path.join(dir, 'assets', 'app.css'), 'body{}')
  fs.writeFileSync(path.join(dir, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]))
  fs.writeFileSync(path.join(root, 'secret.txt'), 'SECRET')
  return { root, dir }
}

function get(url: string, method = 'GET'): Request {
  return new Request(url, { method })
}

describe('privilegedSchemes', () => {
  it('registers app:// as standard, secure and fetch-capable, and nothing more', () => {
    expect(privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }])
  })
})

describe('resolveAppFile', () => {
  const dir = path.resolve('/srv/renderer')

  it('maps app URLs into the renderer folder', () => {
    expect(resolveAppFile(dir, 'app://countersign/')).toBe(path.join(dir, 'index.html'))
    expect(resolveAppFile(dir, 'app://countersign/index.html')).toBe(path.join(dir, 'index.html'))
    expect(resolveAppFile(dir, 'app://countersign/assets/app.js?v=1#x')).toBe(path.join(dir, 'assets', 'app.js'))
    expect(resolveAppFile(dir, 'app://countersign/assets/%E5%85%AC%E7%A4%BA.svg')).toBe(path.join(dir, 'assets', '公示.svg'))
  })

  it('keeps dot segments inside the folder (the URL parser folds them away before we see them)', () => {
    expect(resolveAppFile(dir, 'app://countersign/../secret.txt')).toBe(path.join(dir, 'secret.txt'))
    expect(resolveAppFile(dir, 'app://countersign/%2e%2e/%2e%2e/secret.txt')).toBe(path.join(dir, 'secret.txt'))
    // An encoded absolute path loses its leading slashes and stays relative to the folder.
    expect(resolveAppFile(dir, 'app://countersign/%2fetc%2fpasswd')).toBe(path.join(dir, 'etc', 'passwd'))
  })

  it.each([
    ['encoded slashes', 'app://countersign/assets/..%2f..%2fsecret.txt'],
    ['encoded slashes from the top', 'app://countersign/..%2fsecret.txt'],
    ['encoded backslashes', 'app://countersign/..%5c..%5csecret.txt'],
    ['NUL byte', 'app://countersign/index.html%00.png'],
    ['broken escapes', 'app://countersign/%E0%A4%A'],
    ['another host', 'app://other/index.html'],
    ['a port', 'app://countersign:1/index.html'],
    ['credentials', 'app://user@countersign/index.html'],
    ['another scheme', 'file:///srv/renderer/index.html'],
    ['garbage', 'not a url'],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppFile(dir, url)).toBeUndefined()
  })
})

describe('mimeType', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.PNG', 'image/png'],
    ['a.woff2', 'font/woff2'],
    ['a.wasm', 'application/wasm'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.unknown', 'application/octet-stream'],
    ['noext', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(mimeType(file)).toBe(type)
  })
})

describe('serveAppRequest', () => {
  it('serves files with their MIME type and every security header, the CSP included', async () => {
    const { dir } = renderer()
    for (const [url, type, body] of [
      ['app://countersign/', 'text/html; charset=utf-8', '<!doctype html><title>会签</title>'],
      ['app://countersign/index.html', 'text/html; charset=utf-8', '<!doctype html><title>会签</title>'],
      ['app://countersign/assets/app.js', 'text/javascript; charset=utf-8', 'export {}'],
      ['app://countersign/assets/app.css', 'text/css; charset=utf-8', 'body{}'],
    ] as const) {
      const response = await serveAppRequest(dir, get(url))
      expect(response.status, url).toBe(200)
      expect(response.headers.get('content-type')).toBe(type)
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
      for (const [name, value] of Object.entries(securityHeaders)) expect(response.headers.get(name), name).toBe(value)
      expect(await response.text()).toBe(body)
    }
    const font = await serveAppRequest(dir, get('app://countersign/assets/font.woff2'))
    expect(font.headers.get('content-type')).toBe('font/woff2')
    expect(new Uint8Array(await font.arrayBuffer())).toEqual(new Uint8Array([0x77, 0x4f, 0x46, 0x32]))
  })

  it('answers traversal, missing files and folders with 404, still under the CSP', async () => {
    const { dir } = renderer()
    for (const url of [
      'app://countersign/../secret.txt',
      'app://countersign/%2e%2e/secret.txt',
      'app://countersign/assets/..%2f..%2fsecret.txt',
      'app://countersign/..%5csecret.txt',
      'app://countersign/missing.js',
      'app://countersign/assets',
      'app://other/index.html',
    ]) {
      const response = await serveAppRequest(dir, get(url))
      expect(response.status, url).toBe(404)
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
      expect(await response.text()).not.toContain('SECRET')
    }
  })

  it('does not follow a symlink out of the renderer folder', async () => {
    const { root, dir } = renderer()
    try {
      fs.symlinkSync(path.join(root, 'secret.txt'), path.join(dir, 'assets', 'link.txt'))
    } catch {
      return // Symlinks need privileges on some Windows machines; the lexical checks above still apply.
    }
    const response = await serveAppRequest(dir, get('app://countersign/assets/link.txt'))
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('SECRET')
  })

  it('refuses methods other than GET and HEAD, and sends no body for HEAD', async () => {
    const { dir } = renderer()
    const post = await serveAppRequest(dir, get('app://countersign/index.html', 'POST'))
    expect(post.status).toBe(405)
    expect(post.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
    const head = await serveAppRequest(dir, get('app://countersign/index.html', 'HEAD'))
    expect(head.status).toBe(200)
    expect(head.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await head.text()).toBe('')
  })
})

describe('registerAppProtocol', () => {
  it('handles the app scheme with the file server', async () => {
    const { dir } = renderer()
    const handled: Array<{ scheme: string; handler: (request: Request) => Response | Promise<Response> }> = []
    registerAppProtocol({ handle: (scheme, handler) => void handled.push({ scheme, handler }) }, dir)
    expect(handled.map((entry) => entry.scheme)).toEqual(['app'])
    const response = await handled[0].handler(get('app://countersign/index.html'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
  })
})
