// Worker bootstrap for running from the TypeScript sources (tsx, vitest, the CLI): loads import-worker.ts
// through tsx, as bin/countersign.mjs loads the CLI. The electron-vite build runs out/main/import-worker.js instead.
import { tsImport } from 'tsx/esm/api'

await tsImport('./import-worker.ts', import.meta.url)
