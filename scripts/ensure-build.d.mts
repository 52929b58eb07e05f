export function buildIsFresh(): boolean
export function ensureBuild(options?: { quiet?: boolean; force?: boolean }): boolean
