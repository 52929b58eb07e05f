/**
 * CPU time of the calling thread (user + system, ms), for the bench's per-thread figures: on a machine loaded
 * by others wall time says little, but each thread's CPU time still shows how the work was shared. Linux only
 * (/proc/thread-self/stat, in clock ticks of 10 ms); undefined elsewhere.
 */
import fs from 'node:fs'

export function threadCpuMs(): number | undefined {
  try {
    const stat = fs.readFileSync('/proc/thread-self/stat', 'utf8')
    // the fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const ticks = Number(fields[11]) + Number(fields[12])
    return Number.isFinite(ticks) ? ticks * 10 : undefined
  } catch {
    return undefined
  }
}

/** Where a sweep leaves the CPU time of its worker threads for the bench's usage file (bench/process-usage.mjs). */
export const workerCpuKey = Symbol.for('countersign.sweep.workerCpuMs')

/** Adds one worker thread's CPU time to what this process's sweeps have used. */
export function recordWorkerCpu(cpuMs: number): void {
  const store = globalThis as unknown as Record<symbol, number[] | undefined>
  ;(store[workerCpuKey] ??= []).push(cpuMs)
}
