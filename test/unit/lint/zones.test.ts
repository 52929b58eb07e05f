import fs from 'node:fs'
import path from 'node:path'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../../..')
// Lint the text passed to lintText, not the file on disk (see layering.test.ts).
process.env.TSESTREE_SINGLE_RUN = 'false'

// The zones inside electron/ (docs/architecture.md, "Zones inside electron/") are lint rules; these tests
// lint one import at a time, placed at the path of a real file in each zone, with the repository's own
// eslint.config.js, and read which zone complained.

const zoneRule = 'import-x/no-restricted-paths'

// What each zone's rule says, so a test knows which zone fired, not just that some zone did.
const says = {
  services: 'electron/services is plain Node under every shell',
  preload: 'The preload is a tiny sandboxed bridge',
  preloadShared: 'The preload imports only shared/api',
  mainHost: 'The Electron main process builds on services and shared/, not on the browser host',
  main: 'The Electron main process builds on services and shared/, never on another shell',
  host: 'The browser host builds on services and shared/, never on another shell',
  cli: 'The command line builds on services and shared/, never on a shell',
} as const

type Case = { file: string; from: string }
type Forbidden = Case & { says: (typeof says)[keyof typeof says] }

const forbidden: Forbidden[] = [
  { file: 'electron/services/common/logger.ts', from: '../../host/chromium', says: says.services },
  { file: 'electron/services/pdf/chromium-printer.ts', from: '../../host/security', says: says.services },
  { file: 'electron/services/common/logger.ts', from: '../../main/app-url', says: says.services },
  { file: 'electron/services/common/logger.ts', from: '../../preload/bridge', says: says.services },
  { file: 'electron/services/common/logger.ts', from: '../../cli/args', says: says.services },
  { file: 'electron/preload/bridge.ts', from: '../services/common/logger', says: says.preload },
  { file: 'electron/preload/bridge.ts', from: '../main/app-url', says: says.preload },
  { file: 'electron/preload/bridge.ts', from: '../host/security', says: says.preload },
  { file: 'electron/preload/bridge.ts', from: '../cli/args', says: says.preload },
  { file: 'electron/preload/bridge.ts', from: '../../shared/notice/notice', says: says.preloadShared },
  { file: 'electron/main/protocol.ts', from: '../host/chromium', says: says.mainHost },
  { file: 'electron/main/protocol.ts', from: '../host/server', says: says.mainHost },
  { file: 'electron/main/protocol.ts', from: '../preload/bridge', says: says.main },
  { file: 'electron/main/protocol.ts', from: '../cli/args', says: says.main },
  { file: 'electron/host/server.ts', from: '../main/app-url', says: says.host },
  { file: 'electron/host/server.ts', from: '../preload/bridge', says: says.host },
  { file: 'electron/host/server.ts', from: '../cli/args', says: says.host },
  { file: 'electron/cli/args.ts', from: '../main/app-url', says: says.cli },
  { file: 'electron/cli/args.ts', from: '../preload/bridge', says: says.cli },
  { file: 'electron/cli/args.ts', from: '../host/security', says: says.cli },
]

const allowed: Case[] = [
  { file: 'electron/services/common/logger.ts', from: '../../../shared/api/result' },
  { file: 'electron/services/pdf/chromium-printer.ts', from: '../common/chromium-flags' },
  { file: 'electron/preload/bridge.ts', from: '../../shared/api/channels' },
  { file: 'electron/main/protocol.ts', from: '../host/security' },
  { file: 'electron/main/protocol.ts', from: '../services/common/logger' },
  { file: 'electron/main/protocol.ts', from: '../../shared/api/result' },
  { file: 'electron/host/server.ts', from: '../services/pdf/find-chromium' },
  { file: 'electron/cli/args.ts', from: '../services/common/logger' },
  { file: 'electron/cli/args.ts', from: '../../shared/api/result' },
]

// Both sides of every case are real files, so a case cannot pass because a path no longer resolves.
function exists(file: string, from: string): boolean {
  const target = path.resolve(root, path.dirname(file), from)
  return ['.ts', '.tsx', '/index.ts'].some((ext) => fs.existsSync(target + ext)) && fs.existsSync(path.join(root, file))
}

let eslint: ESLint
beforeAll(() => {
  // The repository's config with only the zone rule run: it reads imports, not types, so the files are parsed
  // without TypeScript's program (building one for each text was most of this file's time); the zones, the
  // resolver and the messages are the config's own.
  eslint = new ESLint({
    cwd: root,
    ruleFilter: ({ ruleId }) => ruleId === zoneRule,
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  })
})

async function zoneMessages({ file, from }: Case): Promise<string[]> {
  const code = `import * as imported from '${from}'\nexport const kept = imported\n`
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  return (result?.messages ?? []).filter((m) => m.ruleId === zoneRule).map((m) => m.message)
}

describe('lint zones inside electron/', () => {
  it.each(forbidden)('$file may not import $from', async (c) => {
    expect(exists(c.file, c.from)).toBe(true)
    const messages = await zoneMessages(c)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain(c.says)
  })

  it.each(allowed)('$file may import $from', async (c) => {
    expect(exists(c.file, c.from)).toBe(true)
    expect(await zoneMessages(c)).toEqual([])
  })

  it('applies to type-only imports too: the preload cannot even name a service type', async () => {
    const [result] = await eslint.lintText("import type { Core } from '../services/core'\nexport type Kept = Core\n", {
      filePath: path.join(root, 'electron/preload/bridge.ts'),
    })
    const messages = (result?.messages ?? []).filter((m) => m.ruleId === zoneRule).map((m) => m.message)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain(says.preload)
  })
})
