import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { printWindowOptions } from '../../electron/main/pdf-printer'
import { windowOptions } from '../../electron/main/window'
import {
  allowlist,
  blockingFindings,
  describeFinding,
  excludedChecks,
  isAllowed,
  scan,
  stageSources,
  unparsedFiles,
  type ScanResult,
} from '../../scripts/electronegativity'
import { tempDir } from '../support/temp-dir'

// Electronegativity (Doyensec) over the shipped sources: any finding of MEDIUM severity or higher
// fails, unless a narrow, reasoned allowlist entry in scripts/electronegativity.ts covers it. The
// negative controls below prove the check can fail.

const root = path.resolve(import.meta.dirname, '../..')
const manifest = fs.readFileSync(path.join(root, 'package.json'), 'utf8')

/** A folder holding the given files plus our package.json (the tool reads the Electron version from it). */
function fixture(files: Record<string, string>): string {
  const dir = tempDir('countersign-eng-fixture-')
  fs.writeFileSync(path.join(dir, 'package.json'), manifest)
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), text)
  }
  return dir
}

describe('Electronegativity over the Electron sources', () => {
  let staged: string
  let result: ScanResult

  beforeAll(async () => {
    staged = stageSources()
    result = await scan(staged)
  })
  afterAll(() => fs.rmSync(staged, { recursive: true, force: true }))

  it('ran its checks over our main process, preload and renderer', () => {
    expect(result.checks).toBeGreaterThanOrEqual(30)
    for (const file of ['electron/main/index.ts', 'electron/main/hardening.ts', 'electron/preload/index.ts', 'renderer/index.html']) {
      expect(fs.existsSync(path.join(staged, file)), file).toBe(true)
    }
  })

  it('parsed every file (an unparsed file was never checked)', () => {
    expect(unparsedFiles(result)).toEqual([])
  })

  it('reports nothing of medium severity or higher outside the allowlist', () => {
    expect(blockingFindings(result).map(describeFinding)).toEqual([])
  })

  it('needs every allowlist entry, and each says why', () => {
    for (const entry of allowlist) {
      expect(entry.reason.length, entry.id).toBeGreaterThan(60)
      expect(result.findings.some((finding) => isAllowed(finding, [entry])), `stale allowlist entry ${entry.id} ${entry.file}`).toBe(true)
    }
  })

  it('excludes only checks that need the network', () => {
    expect(excludedChecks.map((entry) => entry.check)).toEqual(['AvailableSecurityFixesGlobalCheck'])
  })
})

describe('the allowlisted window checks pass on the real options', () => {
  // The tool cannot follow windowOptions(); written out as a literal, the same checks must find nothing.
  it.each([true, false])('packaged: %s', async (packaged) => {
    const options = JSON.stringify(windowOptions('/opt/countersign/preload.cjs', { packaged }), null, 2)
    const dir = fixture({ 'window-options.js': `const { BrowserWindow } = require('electron')\nnew BrowserWindow(${options})\n` })
    const { findings, errors } = await scan(dir)
    expect(errors.filter((error) => !error.tolerable)).toEqual([])
    const inFile = findings.filter((finding) => finding.file === 'window-options.js')
    const allowedIds = new Set(allowlist.map((entry) => entry.id))
    expect(inFile.filter((finding) => allowedIds.has(finding.id)).map(describeFinding)).toEqual([])
    // Seeing a preload, the tool asks for a manual review of it (it would in any app with one).
    // That review is test/unit/electron/preload/bridge.test.ts: allowlisted channels, payload-only
    // callbacks, no ipcRenderer exposed. Nothing else of medium severity or higher may appear.
    const blocking = blockingFindings({ findings: inFile, errors: [], checks: 0 })
    expect(blocking.filter((finding) => !(finding.id === 'PRELOAD_JS_CHECK' && finding.manualReview)).map(describeFinding)).toEqual([])
  })
})

describe('the PDF printer window passes the same checks', () => {
  it('printWindowOptions() written out as a literal', async () => {
    const options = JSON.stringify(printWindowOptions(), null, 2)
    const dir = fixture({ 'print-window.js': `const { BrowserWindow } = require('electron')\nnew BrowserWindow(${options})\n` })
    const { findings, errors } = await scan(dir)
    expect(errors.filter((error) => !error.tolerable)).toEqual([])
    const inFile = findings.filter((finding) => finding.file === 'print-window.js')
    expect(blockingFindings({ findings: inFile, errors: [], checks: 0 }).map(describeFinding)).toEqual([])
  })
})

describe('negative controls: the check can fail', () => {
  it('flags an insecure window with no guards', async () => {
    const dir = fixture({
      'main.js': [
        "const { app, BrowserWindow } = require('electron')",
        'app.whenReady().then(() => {',
        '  const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } })',
        "  win.loadURL('http://example.com/')",
        '})',
      ].join('\n'),
    })
    const result = await scan(dir)
    const blocking = new Set(blockingFindings(result).map((finding) => finding.id))
    for (const id of ['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK', 'CSP_GLOBAL_CHECK']) {
      expect(blocking.has(id), id).toBe(true)
    }
  })

  it('flags nodeIntegration: true even though the tool rates it informational', async () => {
    // No `sandbox` key here: with one present, the tool (1.10.3) drops its node-integration finding
    // altogether, which is why the sandbox and isolation checks above matter.
    const dir = fixture({ 'main.js': "const { BrowserWindow } = require('electron')\nnew BrowserWindow({ webPreferences: { nodeIntegration: true } })\n" })
    const blocking = blockingFindings(await scan(dir)).filter((finding) => finding.file === 'main.js')
    expect(blocking.map((finding) => finding.id)).toContain('NODE_INTEGRATION_JS_CHECK')
  })

  it('does not let the allowlist cover a second, insecure window in the same file', async () => {
    const allowedLine = allowlist[0].sample
    const dir = fixture({
      'electron/main/index.ts': [
        "import { BrowserWindow, type WebContents } from 'electron'",
        'declare const preloadPath: string',
        'declare const packaged: boolean',
        'declare function windowOptions(preload: string, build: { packaged: boolean }): object',
        allowedLine,
        'const other = new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false } })',
        'export function guard(contents: WebContents) {',
        "  contents.on('will-navigate', (event) => event.preventDefault())",
        "  contents.setWindowOpenHandler(() => ({ action: 'deny' }))",
        '}',
        'export { other }',
      ].join('\n'),
    })
    const result = await scan(dir)
    expect(unparsedFiles(result)).toEqual([])
    const blocking = blockingFindings(result).filter((finding) => finding.file === 'electron/main/index.ts')
    expect(blocking.map((finding) => finding.id)).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK']))
    expect(blocking.every((finding) => finding.sample.includes('contextIsolation: false'))).toBe(true)
  })
})
