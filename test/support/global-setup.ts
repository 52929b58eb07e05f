import { ensureCli } from '../../scripts/cli-build.mjs'

/**
 * Builds the CLI bundle once before the tests start (if it is missing or stale), so the test files that run
 * bin/countersign.mjs in parallel do not each find it stale and build it at the same time.
 */
export default async function globalSetup(): Promise<void> {
  await ensureCli()
}
