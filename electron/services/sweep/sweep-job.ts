/**
 * The parts of a sweep in the app that hold no service: a running sweep's record, its riskiest files kept in
 * order as results come, a file's summary for the page, and the check of a folder the user named.
 */
import fs from 'node:fs'
import path from 'node:path'
import { sweepListLimit, type SweepFileSummary, type SweepRecord, type SweepStatus } from '../../../shared/api/contract-sweep'
import { serviceError } from '../../../shared/api/result'
import type { FolderRole } from './folder-browser'
import type { EntityType } from '../../../shared/pii/index'
import { riskOf, type SweepFile } from '../../../shared/sweep/report'

/** A swept file and its risk, computed once. */
export type Ranked = { file: SweepFile; risk: number }

/**
 * `owner`: the login that started it (null before the office has accounts); only they see it. `top`: the
 * riskiest files so far, sorted, at most sweepListLimit — kept as results come, so a status poll never sorts
 * 100,000 files.
 */
export type Job = {
  id: string
  owner: string | null
  folder: string
  state: SweepStatus['state']
  listing: boolean
  listed: number
  done: number
  total: number
  error?: string
  results: Map<string, SweepFile>
  top: Ranked[]
  needsAction: number
  findings: number
  overdue: number
  /** the report being exported, if one is: how far it has got, and how to stop it */
  exporting?: { done: number; total: number; abort: AbortController } | undefined
}

export type Row = {
  id: string
  folder: string
  started_by: string | null
  started_at: string
  finished_at: string | null
  state: SweepRecord['state']
  total: number
  swept: number
  needs_action: number
  findings: number
  overdue: number
  report_dir: string | null
  reported_at: string | null
}

/** Riskier first, then by path: the order of the report (sortByRisk). */
const before = (a: Ranked, b: Ranked): boolean => a.risk > b.risk || (a.risk === b.risk && a.file.path.localeCompare(b.file.path) < 0)

/** Puts a result into the sorted top list, keeping at most sweepListLimit. */
export function rank(top: Ranked[], item: Ranked): void {
  if (top.length >= sweepListLimit && !before(item, top[top.length - 1])) return
  let lo = 0
  let hi = top.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (before(top[mid], item)) lo = mid + 1
    else hi = mid
  }
  top.splice(lo, 0, item)
  if (top.length > sweepListLimit) top.pop()
}

/** A folder the user named, checked: absolute, existing, a folder, readable. The message names it. */
export function checkedFolder(folder: string, what: FolderRole): string {
  if (!path.isAbsolute(folder)) throw serviceError('invalid_request', 'folder.notAbsolute', { what, path: folder })
  const resolved = path.resolve(folder)
  const stat = fs.statSync(resolved, { throwIfNoEntry: false })
  if (!stat) throw serviceError('not_found', 'folder.missing', { what, path: resolved })
  if (!stat.isDirectory()) throw serviceError('invalid_request', 'folder.notFolder', { path: resolved })
  try {
    fs.accessSync(resolved, fs.constants.R_OK | fs.constants.X_OK)
    fs.readdirSync(resolved)
  } catch {
    throw serviceError('invalid_request', 'folder.unreadable', { what, path: resolved })
  }
  return resolved
}

export function summary(file: SweepFile): SweepFileSummary {
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

