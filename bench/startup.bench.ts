// Browser-shell cold start: from launching the host to an interactive sign-in screen in Chromium.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import { chromium } from 'playwright-core'
import { ensureBuild } from '../scripts/ensure-build.mjs'
import { figure, heading, percentile, seedOffice } from './support'

const root = path.resolve(import.meta.dirname, '..')

async function once(template: string): Promise<{ host: number; paint: number; interactive: number }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'countersign-bench-'))
  fs.cpSync(template, dataDir, { recursive: true })
  const start = performance.now()
  const child = spawn(process.execPath, [path.join(root, 'out/main/host.js'), '--data', dataDir, '--no-open'], { stdio: ['ignore', 'pipe', 'inherit'] })
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const lines = readline.createInterface({ input: child.stdout })
      lines.on('line', (line) => {
        if (line.startsWith('COUNTERSIGN_URL=')) resolve(line.slice('COUNTERSIGN_URL='.length))
      })
      child.once('exit', (code) => reject(new Error(`host exited with ${String(code)}`)))
    })
    const host = performance.now() - start
    const browser = await chromium.launch({
      executablePath: process.env.COUNTERSIGN_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    })
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
      await page.goto(url)
      // an office's machine opens on the sign-in screen: interactive once it can be typed into
      await page.getByRole('button', { name: /^(登录|Sign in)$/ }).waitFor({ state: 'visible' })
      const interactive = performance.now() - start
      const paintInPage = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN)
      // First paint measured from the launch of the host: time to the page request plus the page's own first paint.
      const navigationStart = interactive - (await page.evaluate(() => performance.now()))
      return { host, paint: navigationStart + paintInPage, interactive }
    } finally {
      await browser.close()
    }
  } finally {
    child.kill('SIGTERM')
    await new Promise((resolve) => child.once('exit', resolve))
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

async function startupBench(): Promise<void> {
  heading('browser shell cold start (host + Chromium + UI)')
  ensureBuild({ quiet: true })
  const template = fs.mkdtempSync(path.join(os.tmpdir(), 'countersign-bench-office-'))
  seedOffice(template)
  const runs: { host: number; paint: number; interactive: number }[] = []
  try {
    for (let i = 0; i < 5; i++) runs.push(await once(template))
  } finally {
    fs.rmSync(template, { recursive: true, force: true })
  }
  figure('host ready (median of 5)', percentile(runs.map((r) => r.host), 50), 'ms')
  figure('first contentful paint from launch (median of 5)', percentile(runs.map((r) => r.paint), 50), 'ms', '< 1500 ms')
  figure('interactive sign-in screen from launch (median of 5)', percentile(runs.map((r) => r.interactive), 50), 'ms')
}

await startupBench()
