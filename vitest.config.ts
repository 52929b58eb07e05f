import { configDefaults, defineConfig } from 'vitest/config'

const testFiles = ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts', 'test/security/**/*.test.ts']
// The one test file that sets the process's umask, which a worker thread may not do: it runs in a process of its own.
const needsOwnProcess = ['test/integration/services/data-permissions.test.ts']

export default defineConfig({
  test: {
    environment: 'node',
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // Two cores in CI: keep the crash test and the Chromium-free integration tests from starving each other.
    maxWorkers: 2,
    // Worker threads start cheaper than forked processes (one a test file); the file that needs a process of its
    // own (process.umask) runs forked.
    projects: [
      { extends: true, test: { name: 'threads', pool: 'threads', include: testFiles, exclude: [...configDefaults.exclude, ...needsOwnProcess] } },
      { extends: true, test: { name: 'forks', pool: 'forks', include: needsOwnProcess } },
    ],
  },
})
