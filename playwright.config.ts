import { defineConfig } from '@playwright/test'
import type { AppOptions } from './test/e2e/support/app-fixture'

/**
 * End-to-end tests run the same specs against both shells: `browser` (the Node host on 127.0.0.1 shown
 * in Debian's Chromium) and `electron` (skipped, with the reason, on machines without an Electron binary).
 */
export default defineConfig<AppOptions>({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './test/e2e/global-setup.ts',
  // Two cores in CI: each test also runs a host process (or an Electron app) next to its browser.
  workers: 2,
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  // Sized for a busy two-core machine: a test waits on conditions, never on the clock.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  // Not test-results/ itself: Playwright empties its output folder, and the screenshots live beside it.
  outputDir: 'test-results/e2e',
  use: {
    // Recording a trace costs every test about a quarter of its time on a busy machine: on request only
    // (COUNTERSIGN_E2E_TRACE=1 keeps one for each failing test). Screenshots of failures are always kept.
    trace: process.env.COUNTERSIGN_E2E_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'browser', use: { shell: 'browser' } },
    { name: 'electron', use: { shell: 'electron' }, testIgnore: /screenshots\.spec\.ts$/ },
  ],
})
