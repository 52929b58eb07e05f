import { z } from 'zod'
import { isErrorMessageCode, type ErrorDetail } from './error-text'

/** A coded error (`{code, params}`) inside a response; the catalogue (error-catalogue.ts) words it. */
export const errorDetailSchema: z.ZodType<ErrorDetail> = z.object({
  code: z.string().refine(isErrorMessageCode, 'unknown error code'),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
})
