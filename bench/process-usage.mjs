// Preloaded with --import: when the process exits, writes its peak resident memory (KB) and the CPU time it
// used (user + system, ms) as JSON to the file named by COUNTERSIGN_BENCH_USAGE_FILE. bench/cli.bench.ts reads
// it: portable where /usr/bin/time is not, and CPU time shows the cost of a call even on a busy machine.
import fs from 'node:fs'

const file = process.env.COUNTERSIGN_BENCH_USAGE_FILE
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage()
    fs.writeFileSync(file, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }))
  })
}
