import fs from 'node:fs'
import path from 'node:path'

// Finding the system's Chromium-family browser. The PDF printer needs one, and so does the browser shell's
// window (electron/host/chromium.ts): it lives here, under the services, because a service never imports a shell.

/** Where Chromium-family browsers live on the platforms Countersign supports (Kylin/UOS, Debian, Windows). */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
  const fromEnv = env.COUNTERSIGN_CHROMIUM ? [env.COUNTERSIGN_CHROMIUM] : []
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => Boolean(root))
    return [
      ...fromEnv,
      ...roots.flatMap((root) => [
        path.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        path.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
        path.join(root, 'Chromium', 'Application', 'chrome.exe'),
      ]),
    ]
  }
  if (platform === 'darwin') return [...fromEnv, '/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']
  return [...fromEnv, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge', '/snap/bin/chromium']
}

export function findChromium(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
  return chromiumCandidates(env, platform).find((candidate) => fs.existsSync(candidate))
}
