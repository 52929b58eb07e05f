import { z } from 'zod'

/** Sizes every request of the workflow API is held to, and how files cross the process boundary (contract-workflow.ts, contract-accounts.ts). */
export const workflowLimits = {
  password: 1024,
  comment: 2000,
  reason: 2000,
  office: 200,
  /**
   * base64 of a file the user picked (an import, bundle, trust list, review request/decision): room for the
   * largest file the import takes (50 MiB, electron/services/import/limits.ts), so a file just under it is
   * refused by the import's own size check with its own words, never by the request check
   */
  file: 4 * Math.ceil((50 * 1024 * 1024) / 3),
  trustJson: 4 * 1024 * 1024,
} as const

export const password = z.string().min(1).max(workflowLimits.password)

/** Bytes of a file, base64 — how files cross the process boundary in both shells. */
export const fileDataSchema = z.string().max(workflowLimits.file).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64')

/** A file produced for the user to save (bundle, trust list, review request or decision). */
export const savedFileSchema = z.object({ fileName: z.string(), data: fileDataSchema, sha256: z.string() })
export type SavedFile = z.infer<typeof savedFileSchema>
