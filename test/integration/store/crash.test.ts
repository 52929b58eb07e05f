import { spawn, type ChildProcessByStdio } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Readable, Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { buildSync } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listDir, makeTempDir, removeTempDirs } from '../../support/store-helpers'
import { mulberry32 } from '../../support/store-crash-records'

/**
 * Kills a process that is saving in a loop with SIGKILL at random moments — during start-up recovery,
 * between saves, in the middle of snapshots — and checks after every restart that each save acknowledged
 * before a kill is there, byte for byte. Now and then it also damages the newest snapshot or tears the
 * journal's tail between runs: recovery must then come from the previous generation with nothing lost.
 * CRASH_KILLS=2000 for a long run; CRASH_SEED=<n> to repeat one.
 */
const kills = Number(process.env.CRASH_KILLS ?? 200)
const seed = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31))
const root = path.resolve(fileURLToPath(import.meta.url), '../../../..')
let workerFile = ''

type Plan = { mode: 'run' | 'verify'; killAfterGo?: number; killAfterOpen?: number }
/** `ackedAtOpen`: the highest key known saved when this run's OPEN line arrived (before its own saves). */
type RunResult = { killed: boolean; open?: number[]; ackedAtOpen: number; error?: string }
type Acks = { max: number }
type Worker = { ready: Promise<void>; go(plan: Plan, runSeed: number): Promise<RunResult>; kill(): void }

beforeAll(() => {
  const out = makeTempDir('crash-worker')
  workerFile = path.join(out, 'worker.mjs')
  // Bundled once so each restart costs a plain `node` start, not a TypeScript loader.
  buildSync({ entryPoints: [path.join(root, 'test/support/store-crash-worker.ts')], outfile: workerFile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'silent' })
})
afterAll(removeTempDirs)

/**
 * Starts a worker that loads sql.js and then waits: the next worker warms up while the current one runs,
 * so the loop's time goes to opening, saving and killing rather than to Node start-up.
 */
function spawnWorker(dir: string, acked: Acks): Worker {
  // NODE_PATH lets the bundle, living in a temp dir, still find sql.js and its wasm in this checkout.
  // --liftoff-only: V8's optimising tier for sql.js's wasm costs more CPU than a short-lived worker ever
  // wins back (it tripled the time per cycle); it changes nothing the store does.
  const child: ChildProcessByStdio<Writable, Readable, Readable> = spawn(process.execPath, ['--liftoff-only', workerFile, dir], {
    env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  const result: RunResult = { killed: false, ackedAtOpen: acked.max }
  let plan: Plan | undefined
  let buffered = ''
  let stderr = ''
  let markReady = (): void => undefined
  const ready = new Promise<void>((resolve) => (markReady = resolve))
  const kill = (): void => {
    child.kill('SIGKILL')
  }
  child.stdin.on('error', () => undefined)
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString()
    const lines = buffered.split('\n')
    buffered = lines.pop() ?? ''
    for (const line of lines) {
      const [kind, ...rest] = line.split(' ')
      if (kind === 'READY') markReady()
      else if (kind === 'ACK') acked.max = Math.max(acked.max, Number(rest[0]))
      else if (kind === 'OPEN') {
        result.open = rest.map(Number)
        result.ackedAtOpen = acked.max
        // A save found on disk at a start (even one killed before its ACK) must never vanish later either.
        acked.max = Math.max(acked.max, result.open[1] ?? 0)
        if (plan?.killAfterOpen !== undefined) setTimeout(kill, plan.killAfterOpen)
      } else if (kind === 'ERROR') result.error = rest.join(' ')
    }
  })
  // 'close', not 'exit': every line the worker wrote before dying has been read by then.
  const closed = new Promise<RunResult>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => {
      markReady()
      result.killed = signal === 'SIGKILL'
      if (!result.killed && code !== 0) result.error ??= `exit ${code}: ${stderr.slice(0, 500)}`
      resolve(result)
    })
  })
  return {
    ready,
    kill,
    go(chosen, runSeed) {
      plan = chosen
      child.stdin.write(`go ${chosen.mode} ${runSeed}\n`)
      if (chosen.killAfterGo !== undefined) setTimeout(kill, chosen.killAfterGo)
      return closed
    },
  }
}

/** Damage between runs that must be recovered with no loss: only while a previous generation exists. */
function injectDamage(dir: string, random: () => number): 'snapshot' | 'journal' | undefined {
  const { snapshots, journals } = listDir(dir)
  const newestSnapshot = snapshots.at(-1)
  const hasFallback = snapshots.length >= 2 || journals.includes('journal-000000.log')
  if (newestSnapshot && hasFallback && random() < 0.6) {
    const file = path.join(dir, newestSnapshot)
    if (random() < 0.5) fs.truncateSync(file, Math.floor(fs.statSync(file).size * random()))
    else fs.writeFileSync(file, Buffer.alloc(fs.statSync(file).size, Math.floor(random() * 256)))
    return 'snapshot'
  }
  const journal = journals.at(-1)
  if (!journal) return undefined
  fs.appendFileSync(path.join(dir, journal), '4096 0123456789abcdef {"s":999999,"q":[["INSERT')
  return 'journal'
}

type Tally = { killed: number; opens: number; midSnapshot: number; acked: number; snapshotDamage: number; journalDamage: number }

/**
 * One data directory killed `count` times in a row. Later workers start while the current one runs, so
 * each cycle costs an open, some saves and a kill rather than a Node start-up.
 */
async function lineage(count: number, lineSeed: number, context: string): Promise<Tally> {
  const dir = makeTempDir('crash')
  const random = mulberry32(lineSeed)
  const acked: Acks = { max: 0 }
  const tally: Tally = { killed: 0, opens: 0, midSnapshot: 0, acked: 0, snapshotDamage: 0, journalDamage: 0 }
  const check = (run: RunResult, label: string): void => {
    expect(run.error, `${label}: worker failed — ${context}`).toBeUndefined()
    if (!run.open) return
    tally.opens++
    const [rows, highest, counter, children, bad] = run.open
    expect({ rows, counter, children, bad }, `${label}: rows 1..${highest} all present and intact — ${context}`).toEqual({ rows: highest, counter: highest, children: highest, bad: 0 })
    expect(highest, `${label}: acknowledged saves up to ${run.ackedAtOpen} present — ${context}`).toBeGreaterThanOrEqual(run.ackedAtOpen)
    // At most the one save in flight at the kill can be on disk without its ACK.
    expect(highest, `${label}: no phantom saves — ${context}`).toBeLessThanOrEqual(run.ackedAtOpen + 1)
  }
  // Two workers warming up ahead of the running one: start-up, not the store, is what costs time here.
  const warm = [spawnWorker(dir, acked), spawnWorker(dir, acked)]
  const take = (): Worker => {
    warm.push(spawnWorker(dir, acked))
    return warm.shift() as Worker
  }
  try {
    for (let cycle = 1; tally.killed < count; cycle++) {
      const current = take()
      await current.ready
      if (cycle % 10 === 0) {
        const kind = injectDamage(dir, random)
        if (kind === 'snapshot') tally.snapshotDamage++
        if (kind === 'journal') tally.journalDamage++
      }
      // Some kills land inside start-up recovery, the rest after it, between or inside saves and snapshots.
      const plan: Plan = random() < 0.2 ? { mode: 'run', killAfterGo: Math.floor(random() * 25) } : { mode: 'run', killAfterOpen: Math.floor(random() * 30) }
      const run = await current.go(plan, lineSeed + cycle)
      check(run, `${path.basename(dir)} cycle ${cycle}`)
      if (!run.killed) throw new Error(`cycle ${cycle}: worker exited on its own — ${context}`)
      tally.killed++
      if (fs.readdirSync(dir).some((name) => /^(snapshot|journal)-\d+\.tmp$/.test(name))) tally.midSnapshot++
    }
    const verifier = take()
    await verifier.ready
    const final = await verifier.go({ mode: 'verify' }, lineSeed)
    check(final, `${path.basename(dir)} final open`)
    expect(final.open, context).toBeDefined()
  } finally {
    for (const spare of warm) spare.kill()
  }
  expect(listDir(dir).quarantine.filter((name) => name.includes('snapshot-')).length, context).toBe(tally.snapshotDamage)
  tally.acked = acked.max
  return tally
}

describe('crash safety', () => {
  it(`every acknowledged save survives ${kills} SIGKILLs (seed ${seed})`, async () => {
    const context = `seed ${seed} (rerun with CRASH_SEED=${seed})`
    const started = performance.now()
    // Two directories at once keep both cores busy; each is an independent chain of kills and restarts.
    const half = Math.ceil(kills / 2)
    const tallies = await Promise.all([lineage(half, seed, context), lineage(kills - half, seed + 1_000_003, context)])
    const sum = (key: keyof Tally): number => tallies.reduce((total, tally) => total + tally[key], 0)
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    process.stdout.write(
      `crash test: ${sum('killed')} kills in ${seconds}s, ${sum('opens')} verified opens, ${sum('acked')} saves acknowledged, ` +
        `${sum('midSnapshot')} kills left a snapshot temp file, damage injected: ${sum('snapshotDamage')} snapshots, ${sum('journalDamage')} torn journal tails — seed ${seed}\n`,
    )
    expect(sum('killed')).toBeGreaterThanOrEqual(kills)
  }, Math.max(900_000, kills * 4500))
})
