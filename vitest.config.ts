import { configDefaults, defineConfig } from 'vitest/config'

const testFiles = ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts', 'test/security/**/*.test.ts']
// The one test file that sets the process's umask, which a worker thread may not do: it runs in a process of its own.
const needsOwnProcess = ['test/integration/services/data-permissions.test.ts']
// Files that replace modules (vi.mock): each gets a module registry of its own. The others share their worker's,
// so the sources are loaded once a worker, not once a file (most of the suite's import time on two cores).
const needsIsolation = ['test/unit/electron/main/index.test.ts']

export default defineConfig({
  test: {
    environment: 'node',
    globalSetup: ['test/support/global-setup.ts'],
    // per test file, after each test: the temporary folders it made are removed
    setupFiles: ['test/support/setup-files.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // Two cores in CI: keep the crash test and the Chromium-free integration tests from starving each other.
    maxWorkers: 2,
    // Worker threads start cheaper than forked processes; the file that needs a process of its own
    // (process.umask) runs forked, and the one that mocks modules in a registry of its own.
    projects: [
      { extends: true, test: { name: 'threads', pool: 'threads', isolate: false, include: testFiles, exclude: [...configDefaults.exclude, ...needsOwnProcess, ...needsIsolation] } },
      { extends: true, test: { name: 'isolated', pool: 'threads', include: needsIsolation } },
      { extends: true, test: { name: 'forks', pool: 'forks', include: needsOwnProcess } },
    ],
  },
})
