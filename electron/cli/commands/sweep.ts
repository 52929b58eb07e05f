/**
 * countersign sweep PATH... --out DIR: a retro-audit of files already published (已发布信息排查). The sweeping
 * itself is electron/services/sweep; this command reads the options, prints the JSON lines and the progress
 * line, and says where the report is. Exit 0 nothing found, 1 something to act on, 2 bad usage.
 */
import os from 'node:os'
import path from 'node:path'
import type { SweepFile } from '../../../shared/sweep/report'
import { mergeSweeps, needsAction, parseShard, runSweep, sweepPolicy, SweepUsageError, type SweepProgress } from '../../services/sweep/index'
import { parse } from '../args'
import { CliError, type Output } from '../io'

export const sweepUsage =
  'sweep PATH... --out DIR [--json] [--jobs N] [--policy NAME] [--shard I/N]   (已发布信息排查: report.html, findings.csv; values masked)\nsweep merge DIR... --out DIR   (one report from the outputs of several shards)'

/** The service's usage errors become the CLI's (one line, exit 2). */
function usage<T>(fn: () => T): T {
  try {
    return fn()
  } catch (error) {
    throw cliError(error)
  }
}

function cliError(error: unknown): unknown {
  return error instanceof SweepUsageError ? new CliError(error.message) : error
}

/** files done / total, MB/s, time left — on a terminal only, rewritten in place. */
export function progressLine(p: SweepProgress): string {
  const rate = p.bytes / Math.max(p.seconds, 0.001)
  const left = rate > 0 ? (p.totalBytes - p.bytes) / rate : 0
  return `\r${p.done}/${p.total}  ${(rate / 1e6).toFixed(1)} MB/s  剩余约 ${Math.ceil(left)} 秒   `
}

function mergeCommand(args: string[], output: Output): number {
  const { values, positionals } = parse(args, { out: { type: 'string' } })
  if (!positionals.length) throw new CliError('no shard folders given; usage: sweep merge DIR... --out DIR')
  if (typeof values.out !== 'string') throw new CliError('--out DIR is required; usage: sweep merge DIR... --out DIR')
  const out = values.out
  const results = usage(() => mergeSweeps(positionals, out))
  if (values.json) for (const r of results) output.out(JSON.stringify(r))
  else output.out(`合并 ${positionals.length} 个分片，共 ${results.length} 个文件；报告：${path.join(path.resolve(out), 'report.html')}`)
  return results.some(needsAction) ? 1 : 0
}

export async function sweepCommand(args: string[], output: Output): Promise<number> {
  if (args[0] === 'merge') return mergeCommand(args.slice(1), output)
  const { values, positionals } = parse(args, { out: { type: 'string' }, jobs: { type: 'string' }, policy: { type: 'string' }, shard: { type: 'string' } })
  if (values.help) {
    output.out(`usage: node bin/countersign.mjs ${sweepUsage}`)
    return 0
  }
  if (!positionals.length) throw new CliError(`no paths given; usage: ${sweepUsage}`)
  if (typeof values.out !== 'string') throw new CliError(`--out DIR is required; usage: ${sweepUsage}`)
  const jobs = values.jobs === undefined ? Math.max(1, os.availableParallelism()) : Number(values.jobs)
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new CliError(`--jobs must be a whole number from 1 to 64, not ${String(values.jobs)}`)
  const shard = usage(() => parseShard(values.shard))
  const policy = usage(() => sweepPolicy(values.policy))
  const outDir = path.resolve(values.out)
  const tty = process.stderr.isTTY
  const results: SweepFile[] = await runSweep(
    { roots: positionals, outDir, jobs, shard, policy },
    {
      onResult: values.json ? (r) => output.out(JSON.stringify(r)) : undefined,
      onProgress: tty ? (p) => process.stderr.write(progressLine(p)) : undefined,
    },
  ).catch((error: unknown) => {
    throw cliError(error)
  })
  if (tty) process.stderr.write('\n')
  if (!values.json) output.out(`${results.length} 个文件，${results.filter((r) => r.findings.length).length} 个含个人信息；报告：${path.join(outDir, 'report.html')}`)
  return results.some(needsAction) ? 1 : 0
}
