// `npm run bench`: prints every figure the issues name. Never part of `npm test`, never fails it.
// Each benchmark runs in its own process so one's heap and JIT state cannot colour another's figures.
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const benches = ['store', 'startup', 'editor', 'pii', 'import', 'pdf', 'export', 'workflow', 'cli', 'sm2', 'sweep']
const only = process.argv[2]
for (const name of benches) {
  if (only && only !== name) continue
  const file = path.join(import.meta.dirname, `${name}.bench.ts`)
  const result = spawnSync(process.execPath, ['--import', 'tsx', file, ...process.argv.slice(3)], { stdio: 'inherit' })
  if (result.status !== 0) console.log(`${name}: benchmark did not finish (exit ${String(result.status)})`)
}
