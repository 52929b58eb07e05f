import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
/** Small helpers for benchmarks: percentiles and aligned figure lines. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index] ?? Number.NaN
}

export function figure(label: string, value: number, unit: string, target?: string): void {
  const shown = value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)
  console.log(`${label.padEnd(52)} ${shown.padStart(9)} ${unit.padEnd(5)}${target ? `  (target ${target})` : ''}`)
}

export function heading(text: string): void {
  console.log(`\n== ${text}`)
}

/** A notice body of realistic size and shape (about 1.5 KB of Chinese with a small table). */
export function sampleBody(i: number): string {
  const rows = Array.from({ length: 8 }, (_, r) => `${r + 1}\t申请人${i}-${r}\t某某村${r + 1}组\t${300 + r * 10}元`).join('\n')
  return `根据《社会救助暂行办法》，经入户调查、民主评议，现将第${i}批城乡居民最低生活保障对象名单公示如下：\n序号\t户主\t住址\t保障金额\n${rows}\n公示期为7天。如有异议，请在公示期内向镇民政办反映。\n`.repeat(3)
}

/** The accounts the browser benches sign in with (scrypt makes each ~0.3 s to create, so once per bench). */
export const benchAccounts = {
  admin: { login: 'admin', name: '管理员', password: 'bench-admin-password-1' },
  drafter: { login: 'zhang', name: '张起草', password: 'bench-drafter-password-1' },
} as const

/** Makes a data folder with an office: its administrator and one drafter, through the real CLI. */
export function seedOffice(dataDir: string): void {
  const root = path.resolve(import.meta.dirname, '..')
  const bin = path.join(root, 'bin', 'countersign.mjs')
  const pw = (who: { password: string }): string => {
    const file = path.join(dataDir, `.pw-${process.pid}-${who.password.length}-${Math.random().toString(36).slice(2)}`)
    fs.writeFileSync(file, `${who.password}\n`)
    return file
  }
  const run = (args: string[]): void => {
    const result = spawnSync(process.execPath, [bin, ...args, '--data', dataDir], { encoding: 'utf8' })
    if (result.status !== 0) throw new Error(`seeding failed: ${result.stderr}`)
  }
  const { admin, drafter } = benchAccounts
  const adminPw = pw(admin)
  const drafterPw = pw(drafter)
  try {
    run(['user', 'add', '--login', admin.login, '--name', admin.name, '--role', 'admin', '--new-password-file', adminPw])
    run(['user', 'add', '--login', drafter.login, '--name', drafter.name, '--role', 'drafter', '--new-password-file', drafterPw, '--as', admin.login, '--password-file', adminPw])
  } finally {
    fs.rmSync(adminPw, { force: true })
    fs.rmSync(drafterPw, { force: true })
  }
}

/** Signs in through the real sign-in screen and waits for the notice list. */
export async function signIn(page: Page, who: { login: string; password: string }): Promise<void> {
  await page.getByLabel(/^(登录名|Login)$/).fill(who.login)
  await page.getByLabel(/^(密码|Password)$/).fill(who.password)
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click()
  await page.getByRole('button', { name: /新建公告/ }).waitFor({ state: 'visible', timeout: 30_000 })
}
