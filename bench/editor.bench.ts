// Live findings in the editor: from a keystroke to the findings of the new text, on a ~50-page notice.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import { chromium } from 'playwright-core'
import { ensureBuild } from '../scripts/ensure-build.mjs'
import { benchAccounts, figure, heading, percentile, seedOffice, signIn } from './support'

const root = path.resolve(import.meta.dirname, '..')

/** ~50 pages: prose around a 600-row 低保 table with names, phones and addresses. */
function longNotice(): string {
  const prose = '为进一步做好城乡居民最低生活保障工作，切实保障困难群众基本生活，根据有关规定，结合我镇实际，现就有关事项通知如下。'
  const rows = Array.from({ length: 600 }, (_, i) => `${i + 1}\t王${'建秀明华'[i % 4]}${'国英军平'[(i >> 2) % 4]}\t1${38 + (i % 2)}${String(10_000_000 + i * 7919).slice(0, 8)}\t某某镇王岗村${(i % 9) + 1}组`)
  return [prose.repeat(200), '序号\t姓名\t联系电话\t家庭住址', ...rows, prose.repeat(100)].join('\n')
}

async function editorBench(): Promise<void> {
  heading('live findings while typing (browser shell, ~50-page notice)')
  ensureBuild({ quiet: true })
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'countersign-bench-'))
  seedOffice(dataDir)
  const host = spawn(process.execPath, [path.join(root, 'out/main/host.js'), '--data', dataDir, '--no-open'], { stdio: ['ignore', 'pipe', 'inherit'] })
  const browser = await chromium.launch({
    executablePath: process.env.COUNTERSIGN_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  try {
    const url = await new Promise<string>((resolve, reject) => {
      readline.createInterface({ input: host.stdout }).on('line', (line) => {
        if (line.startsWith('COUNTERSIGN_URL=')) resolve(line.slice('COUNTERSIGN_URL='.length))
      })
      host.once('exit', (code) => reject(new Error(`host exited with ${String(code)}`)))
    })
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(url)
    await signIn(page, benchAccounts.drafter)
    await page.getByRole('button', { name: /新建公告/ }).click()
    const text = longNotice()
    const body = page.getByLabel('正文')
    await body.fill(text)
    const editor = page.locator('.editor')
    await editor.and(page.locator(`[data-scan-length="${text.length}"]`)).waitFor()
    // In the page: time from each input to the moment the findings describe exactly the text after it.
    await body.evaluate((element) => {
      const area = element as HTMLTextAreaElement
      const root = area.closest('.editor') as HTMLElement
      const latencies: number[] = []
      let pending: { at: number; length: number } | undefined
      Reflect.set(window, '__latencies', latencies)
      area.addEventListener('input', () => {
        pending = { at: performance.now(), length: area.value.length }
      })
      new MutationObserver(() => {
        if (pending && root.dataset.scanLength === String(pending.length)) {
          latencies.push(performance.now() - pending.at)
          pending = undefined
        }
      }).observe(root, { attributes: true, attributeFilter: ['data-scan-length'] })
      area.focus()
      area.setSelectionRange(0, 0)
    })
    await page.keyboard.type('补充说明如下内容补充说明如下内容补充说明如下内容', { delay: 200 })
    await editor.and(page.locator(`[data-scan-length="${text.length + 24}"]`)).waitFor()
    const latencies = await page.evaluate(() => Reflect.get(window, '__latencies') as number[])
    const workerMs = Number(await editor.getAttribute('data-scan-ms'))
    figure(`notice length (characters)`, text.length, 'chars')
    figure('scan in the worker (last keystroke)', workerMs, 'ms')
    figure(`keystroke to updated findings, median of ${latencies.length}`, percentile(latencies, 50), 'ms', '< 50 ms')
    figure('keystroke to updated findings, p95', percentile(latencies, 95), 'ms', '< 50 ms')
  } finally {
    await browser.close()
    host.kill('SIGTERM')
    await new Promise((resolve) => host.once('exit', resolve))
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

await editorBench()
