import { ensureBuild } from '../../scripts/ensure-build.mjs'
import { ensureCli } from '../../scripts/cli-build.mjs'
import { seedTemplate } from './support/accounts'
import { seedTemplateVariable } from './support/paths'

/**
 * Builds with electron-vite when out/ is missing or older than any source, so the tests never run stale code;
 * the CLI bundle the seeding uses, once, rather than in every worker; and the seeded office every test copies
 * (seedTemplate), also once: the workers find it through the environment. Returns the teardown that removes it.
 */
export default async function globalSetup(): Promise<() => void> {
  ensureBuild({ quiet: true })
  await ensureCli()
  const template = await seedTemplate()
  process.env[seedTemplateVariable] = template.dir
  return () => template.remove()
}
