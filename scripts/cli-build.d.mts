export const root: string
export const cliDir: string
export const cliEntry: string
export const cliManifestFormat: string
export function cliBuildIsFresh(manifestPath?: string, base?: string): boolean
export function buildCli(): Promise<{ outputs: { path: string; size: number }[]; inputs: number; ms: number }>
export function ensureCli(): Promise<string | undefined>
