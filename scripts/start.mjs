// `npm start`: build if needed, then the Electron shell when an Electron binary is present,
// otherwise the browser shell (local host on 127.0.0.1 + the system Chromium in app mode).
// `npm start -- --browser` forces the browser shell; other flags (--data DIR) pass through.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { tsImport } from 'tsx/esm/api'
import { ensureBuild } from './ensure-build.mjs'
import { findElectronBinary } from './electron-binary.mjs'

const root = path.resolve(import.meta.dirname, '..')
const args = process.argv.slice(2)
const forceBrowser = args.includes('--browser')
const passThrough = args.filter((arg) => arg !== '--browser')

function run(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env })
  // Ctrl+C reaches the child through the terminal; forward a plain kill too.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

try {
  ensureBuild()
} catch (error) {
  process.stderr.write(`构建失败 build failed: ${error.message}\n`)
  process.exit(1)
}

const searched = []
const electron = forceBrowser ? undefined : findElectronBinary(process.env, searched)
if (electron) {
  process.stdout.write(`启动 Electron 外壳 starting the Electron shell: ${electron}\n`)
  const env = { ...process.env }
  delete env.ELECTRON_RUN_AS_NODE
  run(electron, ['.', ...passThrough], env)
} else {
  const { findChromium } = await tsImport('../electron/services/pdf/find-chromium.ts', import.meta.url)
  if (!forceBrowser && !findChromium()) {
    process.stderr.write(
      [
        '无法启动：本机既没有 Electron 也没有 Chromium。 Cannot start: neither Electron nor Chromium is installed.',
        '请安装其中之一 install one of:',
        '  • Chromium (浏览器外壳 browser shell):  sudo apt-get install chromium fonts-noto-cjk   (Windows: 安装 Chrome 或 Edge)',
        `  • Electron (桌面外壳 desktop shell):    set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron ${'(see README: 离线安装 Electron)'}`,
        `    looked for Electron at: ${searched.join(', ')}`,
        '  • or set COUNTERSIGN_CHROMIUM to the path of a Chromium-family browser',
        '',
      ].join('\n'),
    )
    process.exit(2)
  }
  if (!forceBrowser) process.stdout.write('未找到 Electron，改用浏览器外壳 no Electron binary found: using the browser shell\n')
  run(process.execPath, [path.join(root, 'out', 'main', 'host.js'), ...passThrough])
}
