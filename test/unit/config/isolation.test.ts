import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../../..')

function testFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`
    if (entry.isDirectory()) return testFiles(rel)
    return entry.name.endsWith('.test.ts') ? [rel] : []
  })
}

// Most test files share their worker's module registry (vitest.config.ts, isolate: false): a file that
// replaces a module with vi.mock would leak the fake into the files after it, so each must be listed there.
describe('the vitest projects', () => {
  it('run every file that mocks a module in a registry of its own', () => {
    const config = fs.readFileSync(path.join(root, 'vitest.config.ts'), 'utf8')
    const listed = /const needsIsolation = \[([^\]]*)\]/.exec(config)?.[1] ?? ''
    const isolated = [...listed.matchAll(/'([^']+)'/g)].map((m) => m[1])
    const mocking = ['test/unit', 'test/integration', 'test/security'].flatMap(testFiles).filter((file) => /\bvi\.(?:mock|doMock)\(/.test(fs.readFileSync(path.join(root, file), 'utf8')))
    expect(mocking.length).toBeGreaterThan(0)
    expect(mocking.sort()).toEqual(isolated.sort())
  })
})
