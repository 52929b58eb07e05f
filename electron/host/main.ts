import path from 'node:path'
import { parseArgs } from 'node:util'
import { openCore, type Core } from '../services/core'
import { StoreCorruptError } from '../services/store/index'
import { createChromiumPrinter, findChromium } from '../services/pdf/index'
import { resolveDataDir } from '../services/common/data-dir'
import { fileLogger } from '../services/common/logger'
import { openAppWindow, type AppWindow } from './chromium'
import { startHost, type StoreRecovery } from './server'

// The browser shell: the services and the renderer served on 127.0.0.1, shown in the system's Chromium.
// Output goes to the terminal the officer started it from, so plain writes to stdout are the interface here.

const usage = `用法 usage: node out/main/host.js [--data DIR] [--port N] [--no-open] [--chromium PATH]`

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      port: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      chromium: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  })
  if (values.help) {
    process.stdout.write(`${usage}\n`)
    return
  }
  const dataDir = resolveDataDir(values.data)
  const log = fileLogger(dataDir)
  // bundle PDFs: the system Chromium, started on the first submit (none here: bundles carry HTML and TXT)
  const printer = createChromiumPrinter({ log })
  const options = { dataDir, shell: 'browser' as const, log, pdf: printer }
  const opened: { core?: Core } = {}
  let recovery: StoreRecovery | undefined
  try {
    opened.core = await openCore(options)
  } catch (error) {
    // a journal damaged in the middle: the window shows the recovery screen, where a person may choose
    // to drop the unreadable saves (it says how many); until then nothing is changed
    if (!(error instanceof StoreCorruptError) || !error.loss) throw error
    process.stderr.write(`${error.message}\n`)
    recovery = {
      message: error.message,
      loss: error.loss,
      recover: async () => {
        opened.core = await openCore({ ...options, acceptJournalLoss: true })
        for (const note of opened.core.store.recovery) process.stdout.write(`恢复 recovery: ${note}\n`)
        return opened.core
      },
    }
  }
  const host = await startHost({ core: opened.core, recovery, rendererDir: path.join(import.meta.dirname, '..', 'renderer'), port: Number(values.port ?? 0), log })

  let stopping = false
  const shown: { window?: AppWindow } = {}
  const stop = async (code: number): Promise<void> => {
    if (stopping) return
    stopping = true
    // the window goes with the host, and its throw-away profile with it; one step failing does not keep
    // the others from running
    const steps: Array<[string, () => unknown]> = [
      ['window', () => shown.window?.close()],
      ['server', () => host.close()],
      ['store', () => opened.core?.close()],
      ['printer', () => printer?.close()],
    ]
    let failed = false
    for (const [step, run] of steps) {
      try {
        await run()
      } catch (error) {
        failed = true
        log.error('host.stop_failed', { step, kind: error instanceof Error ? error.name : typeof error })
      }
    }
    log.info('host.stopped')
    process.exit(failed && code === 0 ? 1 : code)
  }
  process.on('SIGINT', () => void stop(0))
  process.on('SIGTERM', () => void stop(0))

  process.stdout.write(`Countersign 浏览器外壳已启动 (browser shell running)\n数据目录 data: ${dataDir}\n`)
  for (const note of opened.core?.store.recovery ?? []) process.stdout.write(`恢复 recovery: ${note}\n`)
  // A machine-readable line for scripts and tests. Its one-time code opens one window (then it is spent);
  // when the host opens the window itself, that window gets its own code and the line shows none.
  const executable = values['no-open'] ? undefined : (values.chromium ?? findChromium())
  process.stdout.write(`COUNTERSIGN_URL=${executable ? `${host.origin}/` : host.url}\n`)

  if (values['no-open']) return
  if (!executable) {
    process.stdout.write('未找到 Chromium：请在浏览器中打开上面的地址，或安装 chromium (apt-get install chromium fonts-noto-cjk)\n')
    return
  }
  const openedAt = Date.now()
  const window = openAppWindow(executable, `${host.origin}/#code=${host.issueCode()}`)
  shown.window = window
  window.child.once('exit', (code) => {
    // A browser that dies at once (no display, say) leaves the host running so the URL can be opened by hand.
    if (!stopping && code !== 0 && Date.now() - openedAt < 5000) {
      process.stdout.write(`Chromium 未能启动 (exit ${String(code)})：请在浏览器中打开这个地址 open this address by hand: ${host.origin}/#code=${host.issueCode()}  按 Ctrl+C 退出。\n`)
      return
    }
    void stop(0)
  })
  process.stdout.write('窗口已打开；关闭窗口即退出 (close the window to quit)\n')
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error)
  // Start-up errors (a locked or damaged data folder, a bad flag) carry messages written for people, never document text.
  process.stderr.write(`Countersign 无法启动 (cannot start): ${message}\n`)
  process.exit(1)
})
