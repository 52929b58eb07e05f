import { ensureBuild } from '../../scripts/ensure-build.mjs'
import { ensureCli } from '../../scripts/cli-build.mjs'

/**
 * Builds with electron-vite when out/ is missing or older than any source, so the tests never run stale code;
 * and the CLI bundle the seeding uses, once, rather than in every worker.
 */
export default async function globalSetup(): Promise<void> {
  ensureBuild({ quiet: true })
  await ensureCli()
}
