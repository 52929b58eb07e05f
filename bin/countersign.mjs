#!/usr/bin/env node
// Countersign command line. Runs the TypeScript sources directly (through tsx) so that
// `npm install` alone is enough: there is no build step to forget and no stale build to trust.
import { tsImport } from 'tsx/esm/api'

const { run } = await tsImport('../electron/cli/main.ts', import.meta.url)
process.exitCode = await run(process.argv.slice(2))
