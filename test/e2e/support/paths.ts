import path from 'node:path'

/** The repository root (this file is test/e2e/support/paths.ts). */
export const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..')
export const hostEntry = path.join(repoRoot, 'out', 'main', 'host.js')
export const electronMainEntry = path.join(repoRoot, 'out', 'main', 'index.js')
export const screenshotDir = path.join(repoRoot, 'test-results', 'screenshots')
