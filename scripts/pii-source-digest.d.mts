export const digestFile: string
export function computeSourceDigest(dir?: string): { digest: string; files: number }
export function digestSource(digest: string, count: number): string
