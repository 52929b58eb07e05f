/**
 * 已发布信息排查 in the app: a folder tree swept file by file on the services' side while the page asks how far
 * it has got, then browsed by risk, one file's findings opened, and the report (report.html, findings.csv — the
 * files `countersign sweep` writes) exported into a folder. Only masked values ever leave a sweep.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sweepListLimit, type SweepFileDetail, type SweepFileSummary, type SweepStatus } from '../../../shared/api/contract-sweep'
import { ServiceError } from '../../../shared/api/result'
import type { EntityType } from '../../../shared/pii/index'
import { localDay } from '../../../shared/sweep/publicity'
import { riskOf, sortByRisk, type SweepFile } from '../../../shared/sweep/report'
import { importExtensions } from '../import/index'
import { needsAction, sweepFiles, writeReports } from './run-sweep'
import { isSweptFile, walk } from './sweep-file'

/** `owner`: the login that started it (null before the office has accounts); only they see it. */
type Job = { id: string; owner: string | null; folder: string; state: SweepStatus['state']; done: number; total: number; error?: string; results: SweepFile[] }

/** Sweeps kept per window session: older ones are dropped when a new one starts. */
const keptJobs = 5

/** A folder the user named, checked: absolute, existing, a folder, readable. The message names it. */
function checkedFolder(folder: string, what: string): string {
  if (!path.isAbsolute(folder)) throw new ServiceError('invalid_request', `${what}“${folder}”不是完整路径，请填写从根目录开始的路径 (not an absolute path)`)
  const resolved = path.resolve(folder)
  const stat = fs.statSync(resolved, { throwIfNoEntry: false })
  if (!stat) throw new ServiceError('not_found', `${what}“${resolved}”不存在 (no such folder)`)
  if (!stat.isDirectory()) throw new ServiceError('invalid_request', `“${resolved}”不是文件夹 (not a folder)`)
  try {
    fs.accessSync(resolved, fs.constants.R_OK | fs.constants.X_OK)
    fs.readdirSync(resolved)
  } catch {
    throw new ServiceError('invalid_request', `${what}“${resolved}”无法读取，请检查权限 (the folder cannot be read)`)
  }
  return resolved
}

function summary(file: SweepFile): SweepFileSummary {
  const counts = new Map<EntityType, number>()
  for (const f of file.findings) counts.set(f.type, (counts.get(f.type) ?? 0) + 1)
  return {
    path: file.path,
    status: file.status,
    ...(file.reason ? { reason: file.reason } : {}),
    risk: riskOf(file),
    findingCount: file.findings.length,
    counts: [...counts].map(([type, count]) => ({ type, count })),
    ...(file.publicity ? { publicity: file.publicity } : {}),
  }
}

export class SweepService {
  private readonly jobs = new Map<string, Job>()

  /**
   * `threads`: worker threads a sweep uses (default: the cores). From the built app they are out/main/sweep-worker.js;
   * where none is found the files are swept in the services' thread.
   */
  constructor(
    private readonly now: () => Date,
    private readonly threads: number = os.availableParallelism(),
  ) {}

  /** Starts sweeping `folder` (checked first) and answers at once; the sweep goes on file by file. */
  start(folder: string, owner: string | null): SweepStatus {
    const root = checkedFolder(folder, '要排查的文件夹')
    const job: Job = { id: `sw-${randomBytes(8).toString('hex')}`, owner, folder: root, state: 'running', done: 0, total: 0, results: [] }
    let files: string[]
    try {
      files = walk([root]).filter(isSweptFile)
    } catch {
      throw new ServiceError('invalid_request', `文件夹“${root}”中有无法读取的子文件夹，请检查权限 (a folder below it cannot be read)`)
    }
    job.total = files.length
    this.jobs.set(job.id, job)
    for (const old of [...this.jobs.keys()].slice(0, Math.max(0, this.jobs.size - keptJobs))) this.jobs.delete(old)
    void this.run(job, files)
    return this.status(job.id, owner)
  }

  private async run(job: Job, files: readonly string[]): Promise<void> {
    const today = localDay(this.now())
    try {
      // on worker threads, so the services answer (progress polls, other screens) while files are read
      await sweepFiles(
        files.map((file) => ({ file })),
        { jobs: this.threads, today, offThread: true },
        (_, result) => {
          job.results.push(result)
          job.done++
        },
      )
      job.state = 'done'
    } catch {
      job.state = 'failed'
      job.error = `排查“${job.folder}”时出错，已停止 (the sweep stopped on an error)`
    }
  }

  private job(id: string, owner: string | null): Job {
    const job = this.jobs.get(id)
    if (!job || job.owner !== owner) throw new ServiceError('not_found', '找不到这次排查，请重新开始 (no such sweep)')
    return job
  }

  status(id: string, owner: string | null): SweepStatus {
    const job = this.job(id, owner)
    return {
      id: job.id,
      folder: job.folder,
      state: job.state,
      done: job.done,
      total: job.total,
      ...(job.error ? { error: job.error } : {}),
      files: sortByRisk(job.results).slice(0, sweepListLimit).map(summary),
      swept: job.results.length,
      needsAction: job.results.filter(needsAction).length,
    }
  }

  /** One swept file's findings, masked, with their places. */
  file(id: string, file: string, owner: string | null): SweepFileDetail {
    const found = this.job(id, owner).results.find((r) => r.path === file)
    if (!found) throw new ServiceError('not_found', `这次排查没有文件“${file}” (no such file in this sweep)`)
    return { ...summary(found), findings: found.findings.map(({ type, masked, place }) => ({ type, masked, place })) }
  }

  /**
   * 生成更正稿: the name and bytes of a swept file the import reads (a web page, .docx, .xlsx, .csv) — only a
   * file of this sweep, never any other path.
   */
  importable(id: string, file: string, owner: string | null): { fileName: string; bytes: Uint8Array } {
    const found = this.job(id, owner).results.find((r) => r.path === file)
    if (!found) throw new ServiceError('not_found', `这次排查没有文件“${file}” (no such file in this sweep)`)
    const ext = path.extname(file).toLowerCase()
    const as = ext === '.shtml' ? '.html' : ext
    if (!importExtensions.includes(as)) {
      throw new ServiceError('invalid_request', `“${path.basename(file)}”是 ${ext || '无扩展名'} 文件，不能生成更正稿；网页、.docx、.xlsx、.csv 可以 (only web pages and office files become drafts)`)
    }
    try {
      return { fileName: `${path.basename(file, path.extname(file))}${as}`, bytes: new Uint8Array(fs.readFileSync(file)) }
    } catch {
      throw new ServiceError('not_found', `文件“${file}”已不存在或无法读取 (the file cannot be read)`)
    }
  }

  /** The same files `countersign sweep --out DIR` writes, into `outDir` (made if missing). */
  export(id: string, outDir: string, owner: string | null): { outDir: string; files: string[] } {
    const job = this.job(id, owner)
    if (job.state === 'running') throw new ServiceError('conflict', '排查还没有完成，完成后再导出报告 (the sweep is still running)')
    if (!path.isAbsolute(outDir)) throw new ServiceError('invalid_request', `导出文件夹“${outDir}”不是完整路径，请填写从根目录开始的路径 (not an absolute path)`)
    const dir = path.resolve(outDir)
    const stat = fs.statSync(dir, { throwIfNoEntry: false })
    if (stat && !stat.isDirectory()) throw new ServiceError('invalid_request', `“${dir}”不是文件夹 (not a folder)`)
    try {
      writeReports(dir, job.results)
    } catch {
      throw new ServiceError('invalid_request', `报告无法写入文件夹“${dir}”，请检查路径和权限 (the report could not be written there)`)
    }
    return { outDir: dir, files: [path.join(dir, 'report.html'), path.join(dir, 'findings.csv')] }
  }
}
