/**
 * 已发布信息排查 of whole folder trees: every file swept on worker threads, each result appended to the state file
 * as it comes (an interrupted sweep run again with the same output folder continues where it stopped), shards
 * of one tree for several machines, and the report (report.html, findings.csv). No value is written unmasked.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { Policy } from '../../../shared/policy/index'
import { localDay } from '../../../shared/sweep/publicity'
import { findingsCsv, reportHtml, type SweepFile } from '../../../shared/sweep/report'
import { isSweptFile, sweepFile, SweepUsageError, walk } from './sweep-file'
import type { SweepWorkerAnswer, SweepWorkerMessage, SweepWorkerRequest } from './sweep-worker'
import { recordWorkerCpu } from './thread-cpu'

/** The state file in the output folder: one JSON line per file swept (masked values only), plus its key. */
export const stateName = 'sweep-state.jsonl'

type Done = SweepFile & { key: string }
export type Shard = { index: number; count: number }

export type SweepOptions = {
  roots: readonly string[]
  outDir: string
  /** worker threads (1: this thread) */
  jobs: number
  shard?: Shard | undefined
  policy?: Policy | undefined
  /** YYYY-MM-DD deciding whether a stated 公示期 is over; defaults to today on this machine's clock */
  today?: string | undefined
}

export type SweepProgress = { done: number; total: number; bytes: number; totalBytes: number; seconds: number }
export type SweepHooks = {
  /** each file's result, those taken from the state file first */
  onResult?: (file: SweepFile) => void
  /** after each file swept now */
  onProgress?: (progress: SweepProgress) => void
}

/** Whether a file needs someone to act: findings, a 公示期 that is over, or a file nobody could read. */
export const needsAction = (r: SweepFile): boolean => r.findings.length > 0 || Boolean(r.publicity?.overdue) || r.status !== 'scanned'

/** `I/N` with 1 ≤ I ≤ N. */
export function parseShard(value: string | undefined): Shard | undefined {
  if (value === undefined) return undefined
  const m = /^(\d+)\/(\d+)$/.exec(value)
  const index = Number(m?.[1])
  const count = Number(m?.[2])
  if (!m || count < 1 || index < 1 || index > count) throw new SweepUsageError(`--shard must be I/N with 1 ≤ I ≤ N (e.g. 2/3), not ${value}`)
  return { index, count }
}

/** The state file's key of a file: path, size, time, and the policy swept under (another policy sweeps it again). */
function keyOf(file: string, policy: string | undefined): { key: string; size: number } {
  const stat = fs.statSync(file)
  return { key: `${path.resolve(file)}\u0000${stat.size}\u0000${Math.floor(stat.mtimeMs)}${policy === undefined ? '' : `\u0000${policy}`}`, size: stat.size }
}

function readState(file: string): Done[] {
  if (!fs.existsSync(file)) return []
  const done: Done[] = []
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue
    try {
      done.push(JSON.parse(line) as Done)
    } catch {
      // the last line of an interrupted run: that file is swept again
    }
  }
  return done
}

const publicOf = ({ key: _key, ...file }: Done): SweepFile => file

/** Writes DIR/report.html (links relative to DIR) and DIR/findings.csv. */
export function writeReports(outDir: string, results: readonly SweepFile[], policy?: string): void {
  fs.mkdirSync(outDir, { recursive: true })
  const linkOf = (p: string): string => path.relative(outDir, path.resolve(p)).split(path.sep).map(encodeURIComponent).join('/')
  fs.writeFileSync(path.join(outDir, 'report.html'), reportHtml(results, linkOf, { policy }))
  fs.writeFileSync(path.join(outDir, 'findings.csv'), findingsCsv(results))
}

/** The worker script for how this code runs: the tsx bootstrap beside the sources, or the built entry. */
export function workerEntry(): string | undefined {
  const here = import.meta.url
  if (here.endsWith('.ts')) return fileURLToPath(new URL('./sweep-worker-dev.mjs', here))
  // built: this code sits in out/cli/countersign.js or in a chunk below it
  for (const candidate of ['./sweep-worker.js', '../sweep-worker.js']) {
    const file = fileURLToPath(new URL(candidate, here))
    if (fs.existsSync(file)) return file
  }
  return undefined
}

/** Files sent ahead to each worker: while it sweeps one, the next is already waiting in its queue. */
const inFlight = 2

/**
 * Sweeps on `jobs` worker threads, keeping `inFlight` files queued at each so no worker waits on this thread;
 * results come back in any order, each handed to `done`. At the end each worker tells its thread's CPU time.
 */
async function onWorkers<T extends { file: string }>(todo: readonly T[], jobs: number, entry: string, request: (item: T) => SweepWorkerRequest, done: (item: T, result: SweepFile) => void): Promise<void> {
  let next = 0
  const one = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(entry, { resourceLimits: { maxYoungGenerationSizeMb: 48 } })
      const pending = new Map<number, T>()
      let settled = false
      const stop = (error?: unknown): void => {
        if (settled) return
        settled = true
        void worker.terminate().then(
          () => (error === undefined ? resolve() : reject(error instanceof Error ? error : new Error('a sweep worker failed'))),
          reject,
        )
      }
      const feed = (): void => {
        while (pending.size < inFlight && next < todo.length) {
          const n = next++
          const item = todo[n]
          pending.set(n, item)
          worker.postMessage({ n, ...request(item) } satisfies SweepWorkerMessage)
        }
        if (pending.size === 0) worker.postMessage({ cpu: true } satisfies SweepWorkerMessage)
      }
      worker.on('message', (answer: SweepWorkerAnswer) => {
        if ('cpuMs' in answer) {
          if (answer.cpuMs !== null) recordWorkerCpu(answer.cpuMs)
          return stop()
        }
        if (!('n' in answer)) return
        const item = pending.get(answer.n)
        pending.delete(answer.n)
        try {
          if (item) done(item, answer.result)
          feed()
        } catch (error) {
          stop(error)
        }
      })
      worker.on('error', (error) => stop(error))
      worker.on('exit', () => stop(settled ? undefined : new Error('a sweep worker stopped')))
      feed()
    })
  await Promise.all(Array.from({ length: Math.min(jobs, todo.length) }, one))
}

/**
 * Sweeps files, handing each result to `done` as it comes: on `jobs` worker threads when there is more than one
 * of each (or always, with `offThread`, so the calling thread stays free — the app's services), else in this
 * thread. Where no worker script is found the files are swept in this thread.
 */
export async function sweepFiles<T extends { file: string }>(
  todo: readonly T[],
  options: { jobs: number; today: string; policy?: Policy | undefined; offThread?: boolean },
  done: (item: T, result: SweepFile) => void,
): Promise<void> {
  const { today, policy } = options
  const entry = (options.jobs > 1 && todo.length > 1) || (options.offThread === true && todo.length > 0) ? workerEntry() : undefined
  if (entry) await onWorkers(todo, Math.max(1, options.jobs), entry, (item) => ({ file: item.file, today, policy: policy?.name }), done)
  else for (const item of todo) done(item, await sweepFile(item.file, today, policy))
}

/**
 * Sweeps the roots into `outDir`: files already in its state file (same path, size, time and policy) are taken
 * from there, the rest swept now. Writes the report and returns every file's result.
 */
export async function runSweep(options: SweepOptions, hooks: SweepHooks = {}): Promise<SweepFile[]> {
  const { shard, policy } = options
  const files = walk(options.roots)
    .filter(isSweptFile)
    .filter((_, i) => !shard || i % shard.count === shard.index - 1)
  const outDir = path.resolve(options.outDir)
  fs.mkdirSync(outDir, { recursive: true })
  const statePath = path.join(outDir, stateName)
  const previous = new Map(readState(statePath).map((d) => [d.key, d]))
  const today = options.today ?? localDay(new Date())
  const results: SweepFile[] = []
  const todo: { file: string; key: string; size: number }[] = []
  const keep: Done[] = []
  for (const file of files) {
    const { key, size } = keyOf(file, policy?.name)
    const done = previous.get(key)
    if (done) keep.push(done)
    else todo.push({ file, key, size })
  }
  fs.writeFileSync(statePath, keep.map((d) => `${JSON.stringify(d)}\n`).join(''))
  for (const d of keep) {
    results.push(publicOf(d))
    hooks.onResult?.(publicOf(d))
  }
  const state = fs.openSync(statePath, 'a')
  const totalBytes = todo.reduce((n, t) => n + t.size, 0)
  const started = Date.now()
  let bytes = 0
  let count = 0
  // the state file is appended in batches (one write per ~64 KB or second): an interrupt loses at most a batch,
  // which the next run sweeps again
  let batch = ''
  let flushed = Date.now()
  const flush = (): void => {
    if (batch) fs.writeSync(state, batch)
    batch = ''
    flushed = Date.now()
  }
  const record = (item: (typeof todo)[number], result: SweepFile): void => {
    batch += `${JSON.stringify({ ...result, key: item.key })}\n`
    if (batch.length > 65_536 || Date.now() - flushed > 1000) flush()
    results.push(result)
    hooks.onResult?.(result)
    bytes += item.size
    count++
    hooks.onProgress?.({ done: count, total: todo.length, bytes, totalBytes, seconds: (Date.now() - started) / 1000 })
  }
  try {
    await sweepFiles(todo, { jobs: options.jobs, today, policy }, record)
  } finally {
    flush()
    fs.closeSync(state)
  }
  writeReports(outDir, results, policy?.name)
  return results
}

/** `sweep merge`: the state files of several output folders (shards) in one report; a later folder wins for a path. */
export function mergeSweeps(dirs: readonly string[], outDir: string): SweepFile[] {
  const byPath = new Map<string, Done>()
  for (const dir of dirs) {
    const state = path.join(dir, stateName)
    if (!fs.existsSync(state)) throw new SweepUsageError(`${dir}: not a sweep output folder (no ${stateName})`)
    for (const done of readState(state)) byPath.set(done.path, done)
  }
  const results = [...byPath.values()].map(publicOf)
  writeReports(path.resolve(outDir), results)
  return results
}
