import os from 'node:os'
import path from 'node:path'

/** The folder name under the per-user application-data folder; Electron's productName is the same. */
export const appFolderName = 'Countersign'

/**
 * Where Countersign keeps its data: `--data DIR`, else COUNTERSIGN_DATA, else the per-user
 * application-data folder that the desktop app uses too (so the CLI and the app see the same notices).
 */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (flag) return path.resolve(flag)
  if (env.COUNTERSIGN_DATA) return path.resolve(env.COUNTERSIGN_DATA)
  return path.join(appDataRoot(env, platform), appFolderName)
}

/** The platform's per-user application-data root, as Electron's app.getPath('appData') reports it. */
export function appDataRoot(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string {
  const home = os.homedir()
  switch (platform) {
    case 'win32':
      return env.APPDATA ?? path.join(home, 'AppData', 'Roaming')
    case 'darwin':
      return path.join(home, 'Library', 'Application Support')
    default:
      return env.XDG_CONFIG_HOME ?? path.join(home, '.config')
  }
}

/** The store's own folder inside a data directory; the rest holds logs and the Electron profile. */
export function storeDir(dataDir: string): string {
  return path.join(dataDir, 'store')
}
