// The CLI as it ran before it was built: the TypeScript sources compiled through tsx at every start.
// bench/cli.bench.ts times it beside the built CLI (bin/countersign.mjs).
import { tsImport } from 'tsx/esm/api'

const { run } = await tsImport('../electron/cli/main.ts', import.meta.url)
process.exitCode = await run(process.argv.slice(2))
