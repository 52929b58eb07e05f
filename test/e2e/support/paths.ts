import path from 'node:path'

/** The repository root (this file is test/e2e/support/paths.ts). */
export const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..')
export const hostEntry = path.join(repoRoot, 'out', 'main', 'host.js')
export const electronMainEntry = path.join(repoRoot, 'out', 'main', 'index.js')
export const screenshotDir = path.join(repoRoot, 'test-results', 'screenshots')
/** Where global-setup.ts leaves the seeded office for the workers to copy (an environment variable's name). */
export const seedTemplateVariable = 'COUNTERSIGN_E2E_SEED_TEMPLATE'
