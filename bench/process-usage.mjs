// Preloaded with --import: when the process exits, writes its peak resident memory (KB) and the CPU time it
// used (user + system, ms) as JSON to the file named by COUNTERSIGN_BENCH_USAGE_FILE. bench/cli.bench.ts reads
// it: portable where /usr/bin/time is not, and CPU time shows the cost of a call even on a busy machine.
import fs from 'node:fs'

const file = process.env.COUNTERSIGN_BENCH_USAGE_FILE
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage()
    // per thread (Linux): this, the main thread's CPU time, and what each sweep worker thread told before it ended
    let mainThreadCpuMs = null
    try {
      const stat = fs.readFileSync('/proc/thread-self/stat', 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      mainThreadCpuMs = (Number(fields[11]) + Number(fields[12])) * 10
    } catch {
      // not Linux: the process total only
    }
    const workerCpuMs = globalThis[Symbol.for('countersign.sweep.workerCpuMs')] ?? []
    fs.writeFileSync(file, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, mainThreadCpuMs, workerCpuMs }))
  })
}
