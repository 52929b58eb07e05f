import { findElectronBinary } from '../../../scripts/electron-binary.mjs'

export const noElectronReason = 'no Electron binary on this machine (set ELECTRON_OVERRIDE_DIST_PATH)'

/**
 * The Electron executable, found the way `npm start` finds it — without `require('electron')`,
 * which tries to download a missing binary (there is no network here).
 */
export function findElectron(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return findElectronBinary(env)
}
