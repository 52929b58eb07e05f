import { z } from 'zod'
import { entityTypeSchema } from '../findings/decision'
import { noticeIdSchema } from '../notice/notice'

/** The most files a status lists, the riskiest first: a site of 100,000 files is read in the exported report. */
export const sweepListLimit = 500

/** A sweep of the app (已发布信息排查): one per window session, named by the services. */
export const sweepIdSchema = z.string().regex(/^sw-[0-9a-f]{16}$/)

/** An absolute folder path typed or chosen by the user; checked for existence by the services. */
const folderSchema = z.string().trim().min(1).max(4096)

/** A folder path sent to 选择文件夹 (the browser shell's folder browser): absolute, checked by the services. */
const browsePathSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((value) => !value.includes('\u0000'), '路径中不能有空字符 (NUL in a path)')

/** A folder as 选择文件夹 shows it: its name and full path. */
const folderEntrySchema = z.object({ name: z.string(), path: z.string() })

/** The subfolders of one folder (names only: never a file, never a file's contents), and the ways up. */
export const folderListingSchema = z.object({
  path: z.string(),
  /** 上一级; null at the top of a drive or the root */
  parent: z.string().nullable(),
  /** the path from the top down, for the breadcrumbs */
  crumbs: z.array(folderEntrySchema),
  folders: z.array(folderEntrySchema),
  /** subfolders beyond the listing's limit, not named */
  more: z.number().int().nonnegative(),
  /** where to start: the home folder, and the root (or the drives on Windows) */
  roots: z.array(folderEntrySchema),
})
export type FolderListing = z.infer<typeof folderListingSchema>

/** One finding of a swept file: its type, the value masked, and its place in words. Never an unmasked value. */
export const sweepFindingSchema = z.object({ type: entityTypeSchema, masked: z.string(), place: z.string() })

/** One swept file as the list shows it: risk, types with counts, status. */
export const sweepFileSummarySchema = z.object({
  path: z.string(),
  status: z.enum(['scanned', 'unreadable', 'image-only', 'legacy']),
  reason: z.string().optional(),
  risk: z.number().int().nonnegative(),
  findingCount: z.number().int().nonnegative(),
  counts: z.array(z.object({ type: entityTypeSchema, count: z.number().int().positive() })),
  publicity: z.object({ end: z.string(), overdue: z.boolean() }).optional(),
})
export type SweepFileSummary = z.infer<typeof sweepFileSummarySchema>

export const sweepStatusSchema = z.object({
  id: sweepIdSchema,
  folder: z.string(),
  state: z.enum(['running', 'done', 'failed']),
  /** still finding the files (total not yet known); the services answer meanwhile */
  listing: z.boolean(),
  /** files found so far while listing, then the total */
  listed: z.number().int().nonnegative(),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** why a sweep failed (zh-CN, naming the folder) */
  error: z.string().optional(),
  /** the files swept so far, the riskiest first; at most `sweepListLimit` (the exported report has them all) */
  files: z.array(sweepFileSummarySchema),
  /** how many files have been swept in all, listed or not */
  swept: z.number().int().nonnegative(),
  /** of those, how many need someone to act: findings, a 公示期 that is over, or a file nobody could read */
  needsAction: z.number().int().nonnegative(),
  /** the report being exported (on a worker thread, so the status answers meanwhile): files written of all */
  exporting: z.object({ done: z.number().int().nonnegative(), total: z.number().int().nonnegative() }).optional(),
})
export type SweepStatus = z.infer<typeof sweepStatusSchema>

/** A sweep as the list of past sweeps shows it (kept in the store across restarts): counts only, no value. */
export const sweepRecordSchema = z.object({
  id: sweepIdSchema,
  folder: z.string(),
  startedBy: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** interrupted: the app was closed while it ran */
  state: z.enum(['running', 'done', 'failed', 'interrupted']),
  total: z.number().int().nonnegative(),
  swept: z.number().int().nonnegative(),
  needsAction: z.number().int().nonnegative(),
  findings: z.number().int().nonnegative(),
  overdue: z.number().int().nonnegative(),
  /** where its report was last exported (the files stay there), null if never */
  reportDir: z.string().nullable(),
  reportedAt: z.string().nullable(),
  /** whether its results can still be opened (the services keep the latest few while the app runs) */
  open: z.boolean(),
})
export type SweepRecord = z.infer<typeof sweepRecordSchema>

export const sweepFileDetailSchema = sweepFileSummarySchema.extend({ findings: z.array(sweepFindingSchema) })
export type SweepFileDetail = z.infer<typeof sweepFileDetailSchema>

/** 已发布信息排查 (issue 15) in the app; spread into `contract` (contract.ts). */
export const sweepContract = {
  /** Starts sweeping a folder tree (drafters and administrators); answers at once, the sweep runs on. */
  'sweep.start': { request: z.strictObject({ folder: folderSchema }), response: sweepStatusSchema },
  /** How far a sweep has got, with the files swept so far, the riskiest first. */
  'sweep.status': { request: z.strictObject({ id: sweepIdSchema }), response: sweepStatusSchema },
  /** One swept file's findings (masked) with their places. */
  'sweep.file': { request: z.strictObject({ id: sweepIdSchema, path: z.string().min(1).max(4096) }), response: sweepFileDetailSchema },
  /**
   * Writes report.html and findings.csv (the files `countersign sweep` writes) into a folder, off the services'
   * thread; answered when written (the status shows the progress meanwhile), refused (conflict) when cancelled.
   */
  'sweep.export': {
    request: z.strictObject({ id: sweepIdSchema, outDir: folderSchema }),
    response: z.object({ outDir: z.string(), files: z.array(z.string()) }),
  },
  /** Stops a sweep's export under way (no half-written report is left); whether there was one to stop. */
  'sweep.cancelExport': { request: z.strictObject({ id: sweepIdSchema }), response: z.object({ cancelled: z.boolean() }) },
  /** 生成更正稿 — a swept web page or office file becomes a new draft of the signed-in drafter, via the import path. */
  'sweep.draft': { request: z.strictObject({ id: sweepIdSchema, path: z.string().min(1).max(4096) }), response: z.object({ id: noticeIdSchema }) },
  /** The signed-in user's past sweeps, the newest first (kept across restarts). */
  'sweep.history': { request: z.strictObject({}), response: z.object({ items: z.array(sweepRecordSchema) }) },
  /**
   * 选择文件夹 in the desktop app: the system's folder dialog, opened by the main process; the folder chosen
   * (checked like a typed one), or null when the dialog was cancelled. Refused in the browser shell.
   */
  'sweep.chooseFolder': { request: z.strictObject({}), response: z.object({ folder: z.string().nullable() }) },
  /** 选择文件夹 in the browser shell: the subfolders of a folder (the home folder when none is named). */
  'sweep.folders': { request: z.strictObject({ path: browsePathSchema.optional() }), response: folderListingSchema },
} as const
