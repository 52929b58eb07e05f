export const root: string
export const cliDir: string
export const cliEntry: string
export function cliBuildIsFresh(): boolean
export function buildCli(): Promise<{ outputs: { path: string; size: number }[]; inputs: number; ms: number }>
export function ensureCli(): Promise<string | undefined>
