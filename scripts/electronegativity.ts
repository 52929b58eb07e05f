// Runs Doyensec's Electronegativity over the Electron sources and fails on any finding of medium
// severity or higher. The tool only prints (it never sets an exit code), so this wrapper calls its
// programmatic API, reads the returned issues and decides. Used by test/security/electronegativity.test.ts
// and runnable by hand: `npx tsx scripts/electronegativity.ts [folder]`.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

const require = createRequire(import.meta.url)
const root = path.resolve(import.meta.dirname, '..')
const toolDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'))

/** The folders that make up what ships: main, preload, services, and everything the renderer runs. */
export const scannedSources = ['electron', 'renderer', 'shared'] as const

/** Severity names in the tool's own order (its `severity.value`). */
export const severities = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'] as const
export type Severity = (typeof severities)[number]
/** The bar: a finding at or above it fails the check. */
export const failingSeverity: Severity = 'MEDIUM'

export type Finding = {
  id: string
  severity: Severity
  confidence: string
  /** Relative to the scanned folder, '/'-separated; "N/A" for whole-app (global) findings. */
  file: string
  line: number
  /** The source line the finding points at, trimmed; empty for global findings. */
  sample: string
  manualReview: boolean
  description: string
}
export type ScanError = { file: string; message: string; tolerable: boolean }
export type ScanResult = { findings: Finding[]; errors: ScanError[]; checks: number }

/**
 * A finding we accept, with the reason. Entries are narrow — one check, one file, one exact line of
 * code — and the test fails when an entry no longer matches anything, so the list cannot go stale.
 */
export type Allowance = { id: string; file: string; sample: string; reason: string }

/** The line that builds the main window from the options function the unit tests pin down. */
const mainWindowLine = 'const window = new BrowserWindow(windowOptions(preloadPath, { packaged }))'
const mainWindowReason =
  'False positive: the tool reads only an object literal written inside `new BrowserWindow(...)` and otherwise ' +
  "assumes its defaults table, which ends at Electron 10. Our options come from windowOptions() in electron/main/window.ts; " +
  'test/unit/electron/main/window.test.ts pins every preference, and test/security/electronegativity.test.ts runs this ' +
  "same check over windowOptions()'s real output and requires it to pass."

/** The line that gives the PDF printer its window; the printer only ever passes printWindowOptions(). */
const printWindowLine = 'createWindow: (options) => new BrowserWindow(options),'
const printWindowReason =
  'False positive: the tool reads only an object literal written inside `new BrowserWindow(...)`. The PDF printer ' +
  '(electron/main/pdf-printer.ts) calls createWindow with printWindowOptions() and nothing else; ' +
  'test/unit/electron/main/pdf-printer.test.ts pins every preference (sandbox, contextIsolation, javascript off, no node), ' +
  "and test/security/electronegativity.test.ts runs this same check over printWindowOptions()'s real output."

export const allowlist: Allowance[] = [
  { id: 'CONTEXT_ISOLATION_JS_CHECK', file: 'electron/main/index.ts', sample: mainWindowLine, reason: mainWindowReason },
  { id: 'SANDBOX_JS_CHECK', file: 'electron/main/index.ts', sample: mainWindowLine, reason: mainWindowReason },
  { id: 'AUXCLICK_JS_CHECK', file: 'electron/main/index.ts', sample: mainWindowLine, reason: mainWindowReason },
  { id: 'CONTEXT_ISOLATION_JS_CHECK', file: 'electron/main/index.ts', sample: printWindowLine, reason: printWindowReason },
  { id: 'SANDBOX_JS_CHECK', file: 'electron/main/index.ts', sample: printWindowLine, reason: printWindowReason },
  { id: 'AUXCLICK_JS_CHECK', file: 'electron/main/index.ts', sample: printWindowLine, reason: printWindowReason },
]

/**
 * Checks we switch off, with the reason. Only checks that cannot run offline belong here — never one
 * because it found something.
 */
export const excludedChecks: ReadonlyArray<{ check: string; reason: string }> = [
  {
    check: 'AvailableSecurityFixesGlobalCheck',
    reason: "downloads Electron's release list from GitHub; the build machine is offline. Electron upgrades are tracked by the release checklist.",
  },
]

type RawIssue = {
  id: string
  file: string
  location?: { line?: number }
  sample?: string
  severity: { name: string }
  confidence: { name: string }
  manualReview?: boolean
  description?: unknown
}
type RunOptions = { input: string; electronVersionOverride?: string; excludeFromScan?: string[]; isRelative?: boolean }
type Run = (options: RunOptions) => Promise<{ issues: RawIssue[]; errors: ScanError[]; globalChecks: number; atomicChecks: number }>

/**
 * The tool fetches translations with `got` when it starts (and release data in one check). Replacing
 * `got` in the module cache with an immediate failure keeps the scan offline and fast; the tool
 * falls back to its bundled English strings.
 */
function loadOffline(): Run {
  const gotPath = require.resolve('got', { paths: [toolDir] })
  if (require.cache[gotPath] === undefined) {
    const offline = (): Promise<never> => Promise.reject(new Error('offline: network disabled for Electronegativity'))
    const stub = Object.assign(offline, { head: offline, get: offline, default: offline })
    const Module = require('node:module') as { new (id: string): NodeJS.Module }
    const entry = new Module(gotPath)
    Object.assign(entry, { filename: gotPath, loaded: true, exports: stub })
    require.cache[gotPath] = entry
  }
  return require(path.join(toolDir, 'dist', 'runner.js')) as Run
}

/** The Electron version the app depends on, read from its package file (never `require('electron')`, which downloads). */
export function installedElectronVersion(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }
  return manifest.version
}

function asSeverity(name: string): Severity {
  return (severities as readonly string[]).includes(name) ? (name as Severity) : 'HIGH' // unknown means worse, not better
}

/** Scans one folder (or asar) with every check except the offline-incapable ones. */
export async function scan(input: string, electronVersion = installedElectronVersion()): Promise<ScanResult> {
  const run = loadOffline()
  const result = await run({
    input,
    electronVersionOverride: electronVersion,
    excludeFromScan: excludedChecks.map((entry) => entry.check),
    isRelative: true,
  })
  const findings = result.issues.map((issue) => ({
    id: issue.id,
    severity: asSeverity(issue.severity.name),
    confidence: issue.confidence.name,
    file: issue.file.split(path.sep).join('/'),
    line: issue.location?.line ?? 0,
    sample: typeof issue.sample === 'string' ? issue.sample.trim() : '',
    manualReview: issue.manualReview === true,
    description: typeof issue.description === 'string' ? issue.description : '',
  }))
  return { findings, errors: result.errors, checks: result.globalChecks + result.atomicChecks }
}

/** Copies the shipped sources (and package.json, for the Electron version) into a fresh temp folder. */
export function stageSources(from = root): string {
  const staged = fs.mkdtempSync(path.join(os.tmpdir(), 'countersign-electronegativity-'))
  for (const dir of scannedSources) {
    const source = path.join(from, dir)
    if (fs.existsSync(source)) fs.cpSync(source, path.join(staged, dir), { recursive: true, filter: (file) => !file.includes(`${path.sep}node_modules`) })
  }
  fs.copyFileSync(path.join(from, 'package.json'), path.join(staged, 'package.json'))
  return staged
}

/**
 * Checks that fail at any severity. The tool rates nodeIntegration explicitly set to true as
 * informational (it leans on its sandbox and isolation checks, which a window setting `sandbox`
 * can slip past), so we raise that one ourselves — the bar only ever goes up here.
 */
export const alwaysBlockingChecks: readonly string[] = ['NODE_INTEGRATION_JS_CHECK']

export function isBlocking(finding: Finding): boolean {
  return alwaysBlockingChecks.includes(finding.id) || severities.indexOf(finding.severity) >= severities.indexOf(failingSeverity)
}

export function isAllowed(finding: Finding, allowances: readonly Allowance[] = allowlist): boolean {
  return allowances.some((entry) => entry.id === finding.id && entry.file === finding.file && entry.sample === finding.sample)
}

/** The findings that fail the check: medium or worse, not on the allowlist. */
export function blockingFindings(result: ScanResult, allowances: readonly Allowance[] = allowlist): Finding[] {
  return result.findings.filter((finding) => isBlocking(finding) && !isAllowed(finding, allowances))
}

/** Files the tool could not parse were not checked at all, so they fail the check too. */
export function unparsedFiles(result: ScanResult): ScanError[] {
  return result.errors.filter((error) => !error.tolerable)
}

export function describeFinding(finding: Finding): string {
  return `${finding.severity} ${finding.id} ${finding.file}:${finding.line}${finding.manualReview ? ' (manual review)' : ''}`
}

async function main(): Promise<number> {
  const target = process.argv[2]
  const input = target ? path.resolve(target) : stageSources()
  try {
    const result = await scan(input)
    const blocking = blockingFindings(result)
    const unparsed = unparsedFiles(result)
    for (const finding of result.findings) {
      const mark = !isBlocking(finding) ? '·' : isAllowed(finding) ? '≈ allowed:' : '✗'
      process.stdout.write(`${mark} ${describeFinding(finding)}\n`)
    }
    for (const error of unparsed) process.stdout.write(`✗ could not parse ${error.file}: ${error.message}\n`)
    process.stdout.write(`${result.checks} checks, ${result.findings.length} findings, ${blocking.length} blocking, ${unparsed.length} unparsed\n`)
    return blocking.length === 0 && unparsed.length === 0 ? 0 : 1
  } finally {
    if (!target) fs.rmSync(input, { recursive: true, force: true })
  }
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === import.meta.filename) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`electronegativity failed: ${error instanceof Error ? error.message : String(error)}\n`)
      process.exit(2)
    },
  )
}
