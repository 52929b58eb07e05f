import { ensureBuild } from '../../scripts/ensure-build.mjs'

/** Builds with electron-vite when out/ is missing or older than any source, so the tests never run stale code. */
export default function globalSetup(): void {
  ensureBuild({ quiet: true })
}
