import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { currentKdf } from '../../electron/services/accounts/index'
import { openCore } from '../../electron/services/core'
import { cli, repoRoot } from '../support/cli'
import { tempDir } from '../support/temp-dir'
import { testKdf } from '../support/test-kdf'

// Test fixtures make accounts at a cheap scrypt cost (test/support/test-kdf.ts) through openCore's test-only
// second argument. The product must never reach it: every account the product makes is hashed, and its key
// sealed, at currentKdf (N = 2^17, r = 8), whatever the environment says.

const productDirs = ['electron', 'bin', 'scripts']

function productFiles(): string[] {
  return productDirs.flatMap((dir) =>
    fs
      .readdirSync(path.join(repoRoot, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(ts|mts|mjs|js)$/.test(entry.name))
      .map((entry) => path.join(entry.parentPath, entry.name)),
  )
}

/** Calls of `name(…)` (or `new name(…)`) in a source file, with their argument counts. */
function callsOf(file: string, name: string): { line: number; args: number; text: string }[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const found: { line: number; args: number; text: string }[] = []
  const visit = (node: ts.Node): void => {
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === name) {
      found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, args: node.arguments?.length ?? 0, text: node.getText() })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

describe('the test-only scrypt cost stays out of the product', () => {
  it('is cheaper than the product cost (so using it by mistake would show)', () => {
    expect(testKdf.N * testKdf.r).toBeLessThan(currentKdf.N * currentKdf.r)
    expect(currentKdf).toEqual({ alg: 'scrypt', N: 2 ** 17, r: 8, p: 1, keyLength: 32 })
  })

  it('no product code passes openCore a second argument, and only openCore hands AccountService a cost', () => {
    const files = productFiles()
    const opens = files.flatMap((file) => callsOf(file, 'openCore').map((call) => ({ file: path.relative(repoRoot, file), ...call })))
    // the front doors that open the services: Electron main, the browser host, the CLI
    // (the CLI's store command and the recovery paths open the store again, still with one argument)
    expect([...new Set(opens.map((call) => call.file))].sort()).toEqual(['electron/cli/commands/store.ts', 'electron/cli/core.ts', 'electron/host/main.ts', 'electron/main/index.ts'])
    for (const call of opens) expect(call.args, `${call.file}:${call.line} ${call.text}`).toBe(1)
    const services = files.flatMap((file) => callsOf(file, 'AccountService').map((call) => ({ file: path.relative(repoRoot, file), ...call })))
    expect(services.map((call) => `${call.file} ${call.text}`)).toEqual(['electron/services/core.ts new AccountService(store, audit, log, options.now, testOnly?.kdf)'])
    // negative control: the parser does see a second argument where there is one
    const control = path.join(tempDir(), 'control.ts')
    fs.writeFileSync(control, "const core = await openCore({ dataDir, shell: 'cli' }, { kdf })\n")
    expect(callsOf(control, 'openCore')[0]?.args).toBe(2)
  })

  it('no product code imports from test/ or bench/', () => {
    for (const file of productFiles()) {
      const text = fs.readFileSync(file, 'utf8')
      expect(text, path.relative(repoRoot, file)).not.toMatch(/from\s+['"](\.\.\/)+(test|bench)\/|import\(\s*['"](\.\.\/)+(test|bench)\//)
    }
  })

  it('an account made through the product (the real CLI) is hashed and sealed at the product cost, whatever the environment says', async () => {
    const data = tempDir()
    const pw = path.join(tempDir(), 'admin.pw')
    fs.writeFileSync(pw, 'admin-password-for-kdf-test\n', { mode: 0o600 })
    // variables a reader might think select a cost: none is read
    const env = { SCRYPT_N: '16384', KDF_N: '16384', COUNTERSIGN_KDF: JSON.stringify(testKdf), NODE_ENV: 'test', VITEST: 'true' }
    const run = await cli(['user', 'add', '--login', 'admin', '--name', '管理员', '--role', 'admin', '--new-password-file', pw, '--data', data], env)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const core = await openCore({ dataDir: data, shell: 'cli' })
    try {
      const row = core.store.get<{ password_kdf: string }>('SELECT password_kdf FROM accounts WHERE login = ?', ['admin'])
      expect(JSON.parse(row?.password_kdf ?? '{}')).toEqual({ ...currentKdf, scheme: 'master-v2' })
      const key = core.store.get<{ sealed: string }>('SELECT encrypted_private_key AS sealed FROM keys')
      expect((JSON.parse(key?.sealed ?? '{}') as { kdf?: unknown }).kdf).toEqual(currentKdf)
    } finally {
      core.close()
    }
  })

  it('a core opened as the product opens it makes accounts at the product cost; the test argument is what changes it', async () => {
    for (const [testOnly, expected] of [[undefined, currentKdf], [{ kdf: testKdf }, testKdf]] as const) {
      const core = await openCore({ dataDir: tempDir(), shell: 'browser' }, testOnly)
      try {
        await core.accounts.create({ login: 'admin', name: '管理员', roles: ['admin'], password: 'admin-password-for-kdf-test' })
        const row = core.store.get<{ password_kdf: string }>('SELECT password_kdf FROM accounts')
        expect(JSON.parse(row?.password_kdf ?? '{}')).toEqual({ ...expected, scheme: 'master-v2' })
      } finally {
        core.close()
      }
    }
  })
})
