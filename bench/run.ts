// `npm run bench`: prints every figure the issues name. Never part of `npm test`, never fails it.
import { startupBench } from './startup.bench'
import { storeBench } from './store.bench'

const only = process.argv[2]
const benches: Record<string, () => Promise<void>> = { store: storeBench, startup: startupBench }
for (const [name, bench] of Object.entries(benches)) {
  if (only && only !== name) continue
  try {
    await bench()
  } catch (error) {
    console.log(`${name}: failed — ${error instanceof Error ? error.message : String(error)}`)
  }
}
