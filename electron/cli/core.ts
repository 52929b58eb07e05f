import { openCore, type Core } from '../services/core'
import { resolveDataDir } from '../services/data-dir'

/** Opens the data directory for one command and always closes it, so the lock is released. */
export async function withCore<T>(dataFlag: string | undefined, fn: (core: Core) => T | Promise<T>): Promise<T> {
  const core = await openCore({ dataDir: resolveDataDir(dataFlag), shell: 'cli' })
  try {
    return await fn(core)
  } finally {
    core.close()
  }
}
