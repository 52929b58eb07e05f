// Runs several Countersign command lines in one Node process, each exactly as `node bin/countersign.mjs …`
// would (the same built CLI, the same `run` entry point), to save the start-up of one process per command
// when a test seeds a data directory. Usage: node cli-batch.mjs '[["user","add",…],[…]]'. Stops at the first
// failure and exits with its code; the commands' own output goes to stdout/stderr.
import { pathToFileURL } from 'node:url'
import { ensureCli } from '../../../scripts/cli-build.mjs'

const built = await ensureCli()
const { run } = built ? await import(pathToFileURL(built).href) : await (await import('tsx/esm/api')).tsImport('../../../electron/cli/main.ts', import.meta.url)
const lines = JSON.parse(process.argv[2] ?? '[]')
for (const argv of lines) {
  const code = await run(argv)
  if (code !== 0) {
    process.stderr.write(`cli-batch: exit ${code} from: ${argv.join(' ')}\n`)
    process.exit(code)
  }
}
