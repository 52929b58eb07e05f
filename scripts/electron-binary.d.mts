export function findElectronBinary(env?: NodeJS.ProcessEnv, searched?: string[]): string | undefined
