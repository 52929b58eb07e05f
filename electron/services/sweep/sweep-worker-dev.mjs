// Worker bootstrap for running from the TypeScript sources (tsx, vitest): loads sweep-worker.ts through tsx, as
// bin/countersign.mjs loads the CLI. The built CLI starts out/cli/sweep-worker.js instead.
import { tsImport } from 'tsx/esm/api'

await tsImport('./sweep-worker.ts', import.meta.url)
