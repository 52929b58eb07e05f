import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, type Page } from '@playwright/test'

/**
 * The office every seeded test starts with: made once per run (global-setup.ts) through the real services (seedTemplate),
 * then copied into each test's fresh data directory. Other specs sign in as these people; their passwords
 * are test values, nothing else.
 */
export const office = '某某镇人民政府'

export type TestAccount = { login: string; name: string; password: string; roles: readonly ('drafter' | 'reviewer' | 'admin')[] }

export const testAccounts = {
  /** 管理员: adds accounts, resets passwords, imports trust lists */
  admin: { login: 'admin', name: '张明', password: 'admin-pass-2026', roles: ['admin'] },
  /** 起草人 */
  drafter: { login: 'drafter', name: '王小明', password: 'drafter-pass-2026', roles: ['drafter'] },
  /** 审核人 */
  leader: { login: 'leader', name: '李主任', password: 'leader-pass-2026', roles: ['reviewer'] },
  /** both 起草人 and 审核人 (a small office's clerk): may review others' notices, never their own */
  clerk: { login: 'clerk', name: '陈文书', password: '文书的密码 2026', roles: ['drafter', 'reviewer'] },
} as const satisfies Record<string, TestAccount>

export type TestLogin = keyof typeof testAccounts

/**
 * How long to wait for an answer that hashes a password: signing in, signing, adding or resetting an account.
 * The seeded accounts hash at the test-only cost, but an account made in the app hashes at the product's
 * (scrypt N=2^17, about 0.3 s alone, several seconds on a busy two-core machine).
 */
export const passwordTimeout = 60_000

const batch = path.join(import.meta.dirname, 'cli-batch.mjs')

/** Runs CLI command lines in one process (see cli-batch.mjs); rejects with their stderr when one fails. */
export function runCli(lines: string[][], env: Record<string, string> = {}): Promise<string> {
  const base = { ...process.env }
  delete base.COUNTERSIGN_PASSWORD
  delete base.COUNTERSIGN_DATA
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [batch, JSON.stringify(lines)], { env: { ...base, ...env }, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`countersign CLI failed: ${stderr || error.message}`))
      else resolve(stdout)
    })
  })
}

/** Writes a password to a private file for `--password-file` / `--new-password-file`. */
export function passwordFile(dir: string, account: TestAccount): string {
  const file = path.join(dir, `${account.login}.pw`)
  fs.writeFileSync(file, `${account.password}\n`, { mode: 0o600 })
  return file
}

const seeder = path.join(import.meta.dirname, 'seed-office.mjs')

/**
 * Makes a data directory holding the office and the four test accounts, through the real services but at the
 * test-only scrypt cost (test/support/seed-office.ts): every sign-in and signature of a spec then hashes in
 * milliseconds. Accounts a spec makes through the app's own screens are hashed at the product's cost.
 */
export async function seedTemplate(): Promise<{ dir: string; remove(): void }> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'countersign-e2e-template-'))
  const dir = path.join(root, 'data')
  const { admin, ...others } = testAccounts
  await new Promise<void>((resolve, reject) => {
    const child = execFile(process.execPath, [seeder, dir], (error, _stdout, stderr) => {
      if (error) reject(new Error(`seeding the e2e office failed: ${stderr || error.message}`))
      else resolve()
    })
    child.stdin?.end(JSON.stringify({ office, admin, others: Object.values(others) }))
  })
  return { dir, remove: () => fs.rmSync(root, { recursive: true, force: true }) }
}

// The sign-in screen speaks the saved language, which a test may have switched: match both.
const loginLabel = /^(登录名|Login)$/
const passwordLabel = /^(密码|Password)$/
const signInButton = /^(登录|Sign in)$/

/** The header button naming who is signed in (当前用户：王小明). */
export function userMenuButton(page: Page, name: string) {
  return page.getByRole('button', { name: new RegExp(`^(当前用户：|Signed in as )${name}$`) })
}

/** Signs in through the real sign-in screen and waits until the app shows the signed-in user. */
export async function signInOn(page: Page, account: TestAccount): Promise<void> {
  await page.getByLabel(loginLabel).fill(account.login)
  await page.getByLabel(passwordLabel).fill(account.password)
  await page.getByRole('button', { name: signInButton }).click()
  await expect(userMenuButton(page, account.name)).toBeVisible({ timeout: passwordTimeout })
}
