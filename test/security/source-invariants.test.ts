import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

// Greps over the source tree for calls and settings that must never appear, whatever the tests of
// individual modules say. Each rule has a negative control so the grep provably matches something.

const root = path.resolve(import.meta.dirname, '../..')
const sourceDirs = ['electron', 'renderer', 'shared', 'bin', 'scripts']
const sourceExtensions = new Set(['.ts', '.tsx', '.js', '.mjs', '.cjs', '.html'])

function sourceFiles(dir: string): string[] {
  const full = path.join(root, dir)
  if (!fs.existsSync(full)) return []
  return fs.readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && sourceExtensions.has(path.extname(entry.name)))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

type Rule = { name: string; pattern: RegExp; dirs: string[]; control: string }

const rules: Rule[] = [
  // Opening URLs in the system browser is the classic route from a rendered document to code execution.
  { name: 'shell.openExternal', pattern: /openExternal/, dirs: sourceDirs, control: "void shell.openExternal(link.href)" },
  { name: 'file:// loading', pattern: /\bloadFile\s*\(|loadURL\s*\(\s*[`'"]file:/, dirs: ['electron'], control: "await win.loadFile('out/renderer/index.html')" },
  { name: 'nodeIntegration on', pattern: /nodeIntegration(InWorker|InSubFrames)?\s*:\s*true/, dirs: sourceDirs, control: 'webPreferences: { nodeIntegration: true }' },
  { name: 'contextIsolation off', pattern: /contextIsolation\s*:\s*false/, dirs: sourceDirs, control: 'contextIsolation: false,' },
  { name: 'sandbox off', pattern: /\bsandbox\s*:\s*false|no-sandbox['"]?\s*\)/, dirs: ['electron/main', 'electron/preload'], control: "sandbox: false" },
  { name: 'webSecurity off', pattern: /webSecurity\s*:\s*false|allowRunningInsecureContent\s*:\s*true/, dirs: sourceDirs, control: 'webSecurity: false' },
  { name: 'webview or experimental features on', pattern: /webviewTag\s*:\s*true|experimentalFeatures\s*:\s*true|enableBlinkFeatures/, dirs: sourceDirs, control: "enableBlinkFeatures: 'CSSVariables'" },
  { name: 'CSP bypass for a scheme', pattern: /bypassCSP\s*:\s*true|corsEnabled\s*:\s*true/, dirs: ['electron'], control: 'privileges: { bypassCSP: true }' },
  { name: 'ipcRenderer outside the preload', pattern: /ipcRenderer/, dirs: ['renderer', 'shared'], control: 'window.ipcRenderer.send("x")' },
  // Electronegativity honours `/* eng-disable CHECK */` comments and then drops the finding silently;
  // exceptions belong in the reasoned allowlist of scripts/electronegativity.ts instead.
  { name: 'inline Electronegativity suppressions', pattern: /eng-disable/, dirs: sourceDirs, control: '/* eng-disable CONTEXT_ISOLATION_JS_CHECK */' },
  { name: 'remote module', pattern: /@electron\/remote|enableRemoteModule/, dirs: sourceDirs, control: "import remote from '@electron/remote'" },
]

describe.each(rules)('never: $name', (rule) => {
  it('matches its negative control', () => {
    expect(rule.pattern.test(rule.control)).toBe(true)
  })

  it('does not occur in the sources', () => {
    const files = rule.dirs.flatMap(sourceFiles)
    expect(files.length).toBeGreaterThan(0)
    const hits = files.flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (rule.pattern.test(line) ? [`${path.relative(root, file)}:${index + 1}: ${line.trim()}`] : [])),
    )
    expect(hits).toEqual([])
  })
})

describe('the scan covers the Electron code', () => {
  it('sees the main process and preload files', () => {
    const files = ['electron/main', 'electron/preload'].flatMap(sourceFiles).map((file) => path.relative(root, file).split(path.sep).join('/'))
    expect(files).toEqual(expect.arrayContaining(['electron/main/index.ts', 'electron/main/hardening.ts', 'electron/preload/index.ts']))
  })
})
