#!/usr/bin/env node
// Countersign command line. Runs the built CLI (out/cli/, bundled by esbuild at `npm install`), after
// checking that it was built from exactly the sources now on disk; a stale or missing build is rebuilt
// first (a second or two, once), so an edited source is never run from an old build. Where esbuild is not
// installed the TypeScript sources run through tsx instead.
import { pathToFileURL } from 'node:url'
import { ensureCli } from '../scripts/cli-build.mjs'

const built = await ensureCli()
const { run } = built ? await import(pathToFileURL(built).href) : await (await import('tsx/esm/api')).tsImport('../electron/cli/main.ts', import.meta.url)
process.exitCode = await run(process.argv.slice(2))
