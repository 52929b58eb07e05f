/**
 * 已发布信息排查 in the app: a folder tree swept file by file on the services' side while the page asks how far
 * it has got, then browsed by risk, one file's findings opened, and the report (report.html, findings.csv — the
 * files `countersign sweep` writes) exported into a folder. Only masked values ever leave a sweep.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { SweepFileDetail, SweepRecord, SweepStatus } from '../../../shared/api/contract-sweep'
import { serviceError } from '../../../shared/api/result'
import { localDay } from '../../../shared/sweep/publicity'
import { riskOf, type SweepFile } from '../../../shared/sweep/report'
import { hasRole } from '../../../shared/accounts/index'
import type { AuditService } from '../audit/index'
import { signedIn, type Acting } from '../common/access'
import { importExtensions } from '../import/index'
import type { Store } from '../store/index'
import { listSweptFiles, UnreadableFolderError } from './list-files'
import { ExportCancelledError, exportReports } from './report-export'
import { reportNames } from './report-writer'
import { needsAction, sweepFiles } from './run-sweep'
import { checkedFolder, rank, summary, type Job, type Row } from './sweep-job'

/** Past sweeps the page lists, the newest first. */
const historyLimit = 50

/** Sweeps kept per window session: older ones are dropped when a new one starts. */
const keptJobs = 5

export type SweepServiceDeps = {
  store: Store
  audit: AuditService
  /** whether the office has accounts yet: before it has, anyone at the machine sweeps (contracts §1) */
  hasAccounts: () => boolean
  now: () => Date
  /** worker threads a sweep uses (default: the cores); where no worker script is found, the services' thread */
  threads?: number
  /** how the listed files are swept (default: sweepFiles, on worker threads); a test gives a stand-in */
  sweepFiles?: typeof sweepFiles
}

export class SweepService {
  private readonly jobs = new Map<string, Job>()
  private readonly threads: number

  /** A sweep still 'running' in the store was cut short when the app last closed: it reads 'interrupted'. */
  constructor(private readonly deps: SweepServiceDeps) {
    this.threads = deps.threads ?? os.availableParallelism()
    if (deps.store.get("SELECT 1 FROM sweeps WHERE state = 'running' LIMIT 1")) {
      deps.store.transaction((tx) => tx.run("UPDATE sweeps SET state = 'interrupted' WHERE state = 'running'"))
    }
  }

  /**
   * 已发布信息排查 is for a signed-in drafter or administrator — anyone before the office has accounts; an
   * in-process call (`undefined`) acts as nobody. Answers the login whose sweeps these are: each sweep is seen
   * only by the login that started it (null before accounts).
   */
  private owner(by: Acting | undefined): string | null {
    if (by === undefined || !this.deps.hasAccounts()) return null
    const account = signedIn(by)
    if (!hasRole(account, 'drafter') && !hasRole(account, 'admin')) throw serviceError('forbidden', 'sweep.notAllowed', { login: account.login })
    return account.login
  }

  /** Refuses anyone who may not sweep (the folder pickers of the sweep page ask first). */
  assertMaySweep(by: Acting | undefined): void {
    this.owner(by)
  }

  /**
   * Starts sweeping `folder` (checked first) and answers at once: the files are listed asynchronously, then swept
   * on worker threads, so the services answer every other request meanwhile. The start is recorded (the sweep
   * kept across restarts) and audited — no path, no value.
   */
  start(folder: string, by: Acting | undefined): SweepStatus {
    const owner = this.owner(by)
    const root = checkedFolder(folder, 'sweep')
    const job: Job = {
      id: `sw-${randomBytes(8).toString('hex')}`,
      owner,
      folder: root,
      state: 'running',
      listing: true,
      listed: 0,
      done: 0,
      total: 0,
      results: new Map(),
      top: [],
      needsAction: 0,
      findings: 0,
      overdue: 0,
    }
    this.deps.store.transaction((tx) => {
      tx.run("INSERT INTO sweeps (id, folder, started_by, started_at, state) VALUES (?, ?, ?, ?, 'running')", [job.id, root, owner, this.deps.now().toISOString()])
      this.deps.audit.append(tx, 'sweep.started', owner, job.id)
    })
    this.jobs.set(job.id, job)
    for (const old of [...this.jobs.keys()].slice(0, Math.max(0, this.jobs.size - keptJobs))) this.jobs.delete(old)
    void this.run(job)
    return this.statusOf(job)
  }

  private async run(job: Job): Promise<void> {
    const today = localDay(this.deps.now())
    try {
      const files = await listSweptFiles(job.folder, (count) => (job.listed = count))
      job.total = files.length
      job.listing = false
      // on worker threads, so the services answer (progress polls, other screens) while files are read
      await (this.deps.sweepFiles ?? sweepFiles)(
        files.map((file) => ({ file })),
        { jobs: this.threads, today, offThread: true },
        (_, result) => this.add(job, result),
      )
      job.state = 'done'
    } catch (error) {
      job.state = 'failed'
      job.listing = false
      job.error =
        error instanceof UnreadableFolderError
          ? `文件夹“${job.folder}”中有无法读取的子文件夹，请检查权限 (a folder below it cannot be read)`
          : `排查“${job.folder}”时出错，已停止 (the sweep stopped on an error)`
    }
    this.finish(job)
  }

  private add(job: Job, result: SweepFile): void {
    job.results.set(result.path, result)
    job.done++
    job.findings += result.findings.length
    if (needsAction(result)) job.needsAction++
    if (result.publicity?.overdue) job.overdue++
    rank(job.top, { file: result, risk: riskOf(result) })
  }

  /** The sweep's end and counts, in the store (the store may be closed if the app quit meanwhile). */
  private finish(job: Job): void {
    try {
      this.deps.store.transaction((tx) =>
        tx.run('UPDATE sweeps SET state = ?, finished_at = ?, total = ?, swept = ?, needs_action = ?, findings = ?, overdue = ? WHERE id = ?', [
          job.state,
          this.deps.now().toISOString(),
          job.total,
          job.results.size,
          job.needsAction,
          job.findings,
          job.overdue,
          job.id,
        ]),
      )
    } catch {
      // closed: the next start marks it interrupted
    }
  }

  /** The owner's past sweeps, the newest first, from the store: they outlive the app's run. */
  history(by: Acting | undefined): { items: SweepRecord[] } {
    const owner = this.owner(by)
    const rows = this.deps.store.all<Row>('SELECT * FROM sweeps WHERE started_by IS ? ORDER BY started_at DESC, rowid DESC LIMIT ?', [owner, historyLimit])
    return {
      items: rows.map((row) => {
        const live = this.jobs.get(row.id)
        return {
          id: row.id,
          folder: row.folder,
          startedBy: row.started_by,
          startedAt: row.started_at,
          finishedAt: row.finished_at,
          state: row.state,
          total: live ? live.total : row.total,
          swept: live ? live.results.size : row.swept,
          needsAction: live ? live.needsAction : row.needs_action,
          findings: live ? live.findings : row.findings,
          overdue: live ? live.overdue : row.overdue,
          reportDir: row.report_dir,
          reportedAt: row.reported_at,
          open: live !== undefined && live.owner === owner,
        }
      }),
    }
  }

  private job(id: string, owner: string | null): Job {
    const job = this.jobs.get(id)
    if (!job || job.owner !== owner) throw serviceError('not_found', 'sweep.notFound')
    return job
  }

  status(id: string, by: Acting | undefined): SweepStatus {
    return this.statusOf(this.job(id, this.owner(by)))
  }

  private statusOf(job: Job): SweepStatus {
    return {
      id: job.id,
      folder: job.folder,
      state: job.state,
      listing: job.listing,
      listed: job.listing ? job.listed : job.total,
      done: job.done,
      total: job.total,
      ...(job.error ? { error: job.error } : {}),
      files: job.top.map((r) => summary(r.file)),
      swept: job.results.size,
      needsAction: job.needsAction,
      ...(job.exporting ? { exporting: { done: job.exporting.done, total: job.exporting.total } } : {}),
    }
  }

  /** One swept file's findings, masked, with their places. */
  file(id: string, file: string, by: Acting | undefined): SweepFileDetail {
    const owner = this.owner(by)
    const found = this.job(id, owner).results.get(file)
    if (!found) throw serviceError('not_found', 'sweep.noSuchFile', { file })
    return { ...summary(found), findings: found.findings.map(({ type, masked, place }) => ({ type, masked, place })) }
  }

  /**
   * 生成更正稿: the name and bytes of a swept file the import reads (a web page, .docx, .xlsx, .csv) — only a
   * file of this sweep, never any other path.
   */
  importable(id: string, file: string, by: Acting | undefined): { fileName: string; bytes: Uint8Array } {
    const owner = this.owner(by)
    const found = this.job(id, owner).results.get(file)
    if (!found) throw serviceError('not_found', 'sweep.noSuchFile', { file })
    const ext = path.extname(file).toLowerCase()
    const as = ext === '.shtml' ? '.html' : ext
    if (!importExtensions.includes(as)) {
      throw ext ? serviceError('invalid_request', 'sweep.notDraftable', { name: path.basename(file), ext }) : serviceError('invalid_request', 'sweep.notDraftableNoExt', { name: path.basename(file) })
    }
    try {
      return { fileName: `${path.basename(file, path.extname(file))}${as}`, bytes: new Uint8Array(fs.readFileSync(file)) }
    } catch {
      throw serviceError('not_found', 'sweep.fileUnreadable', { file })
    }
  }

  /**
   * The same files `countersign sweep --out DIR` writes, into `outDir` (made if missing), written on a worker
   * thread so the services answer meanwhile (the status says how far it has got); one export of a sweep at a time.
   */
  async export(id: string, outDir: string, by: Acting | undefined): Promise<{ outDir: string; files: string[] }> {
    const owner = this.owner(by)
    const job = this.job(id, owner)
    if (job.state === 'running') throw serviceError('conflict', 'sweep.stillRunning')
    if (job.exporting) throw serviceError('conflict', 'sweep.exporting')
    if (!path.isAbsolute(outDir)) throw serviceError('invalid_request', 'folder.notAbsolute', { what: 'export', path: outDir })
    const dir = path.resolve(outDir)
    const stat = fs.statSync(dir, { throwIfNoEntry: false })
    if (stat && !stat.isDirectory()) throw serviceError('invalid_request', 'folder.notFolder', { path: dir })
    const exporting = { done: 0, total: job.results.size, abort: new AbortController() }
    job.exporting = exporting
    try {
      await exportReports(dir, [...job.results.values()], {
        signal: exporting.abort.signal,
        onProgress: (done, total) => Object.assign(exporting, { done, total }),
      })
    } catch (error) {
      if (error instanceof ExportCancelledError) throw serviceError('conflict', 'sweep.exportCancelled')
      throw serviceError('invalid_request', 'sweep.exportFailed', { path: dir })
    } finally {
      job.exporting = undefined
    }
    // the report files stay where they were written; the list of past sweeps says where
    this.deps.store.transaction((tx) => tx.run('UPDATE sweeps SET report_dir = ?, reported_at = ? WHERE id = ?', [dir, this.deps.now().toISOString(), job.id]))
    // counts only: a path may name a person, and the report itself is sensitive
    const status = this.statusOf(job)
    this.deps.audit.record('sweep.report_exported', owner, null, { files: status.swept, needsAction: status.needsAction })
    return { outDir: dir, files: reportNames.map((name) => path.join(dir, name)) }
  }

  /** Stops the sweep's export under way, if there is one (its half-written files are removed). */
  cancelExport(id: string, by: Acting | undefined): { cancelled: boolean } {
    const owner = this.owner(by)
    const job = this.job(id, owner)
    if (!job.exporting) return { cancelled: false }
    job.exporting.abort.abort()
    return { cancelled: true }
  }
}
