import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import type { Core } from '../../../electron/services/core'
import { createAdmin, passwords, testClock, testCore, type TestCore } from '../accounts/support'
import { drafterOf } from '../../support/acting'

import { hashingTimeout } from '../accounts/support'

export { hashingTimeout, rejection } from '../accounts/support'

/** The people of one office: an admin, a drafter, a reviewer, a second drafter, and someone with both roles. */
export const people = {
  drafter: { login: 'zhang', password: passwords.drafter },
  reviewer: { login: 'li', password: passwords.reviewer },
  other: { login: 'wang', password: passwords.changed },
  /** holds both roles: may review others' notices, never their own */
  both: { login: 'zhao', password: passwords.reset },
} as const

/**
 * One data directory with its accounts, shared by a test file, made with the test-only cheap scrypt cost
 * (test/support/test-kdf.ts): these tests are about the workflow, and each sign-in and signature would
 * otherwise hash for a few hundred ms. Each test makes its own notice.
 */
export async function office(): Promise<{ core: TestCore; dir: string; dispose: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'countersign-workflow-'))
  const core = await testCore({ dataDir: dir, clock: testClock(), cheapKdf: true })
  await createAdmin(core)
  const admin = { login: 'admin', password: passwords.admin }
  await core.accounts.create({ login: people.drafter.login, name: '张起草', roles: ['drafter'], password: people.drafter.password }, admin)
  await core.accounts.create({ login: people.reviewer.login, name: '李审核', roles: ['reviewer'], password: people.reviewer.password }, admin)
  await core.accounts.create({ login: people.other.login, name: '王起草', roles: ['drafter'], password: people.other.password }, admin)
  await core.accounts.create({ login: people.both.login, name: '赵两职', roles: ['drafter', 'reviewer'], password: people.both.password }, admin)
  core.clock.advance(60)
  return {
    core,
    dir,
    dispose: () => {
      core.close()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * One office shared by a test file's tests: made before the first test, closed after the last. Read
 * `o.core` inside a test (it exists only once beforeAll has run).
 */
export function sharedOffice(): { readonly core: TestCore; readonly dir: string } {
  let made: Awaited<ReturnType<typeof office>> | undefined
  beforeAll(async () => {
    made = await office()
  }, hashingTimeout)
  afterAll(() => made?.dispose())
  const ready = (): Awaited<ReturnType<typeof office>> => {
    if (!made) throw new Error('the office is made in beforeAll; read o.core inside a test')
    return made
  }
  return {
    get core() {
      return ready().core
    },
    get dir() {
      return ready().dir
    },
  }
}

// 低保公示 (policy dibao): names are masked, ID numbers and mobiles removed; the illness and the landline
// need a person's decision (review). The issuer line carries a mobile too, so the header fields are scanned.
export const secrets = {
  ids: ['110101199003071234', '340705198801011238'],
  mobiles: ['13812345678', '13912345679', '13700001111'],
  names: ['张三丰', '李四'],
  health: '患尿毒症',
} as const

export const body = [
  '经审核，以下家庭符合最低生活保障条件，现予公示：',
  '姓名\t身份证号\t联系电话',
  `张三丰\t${secrets.ids[0]}\t${secrets.mobiles[0]}`,
  `李四\t${toFullWidth(secrets.ids[1])}\t${secrets.mobiles[1]}`,
  `户主${secrets.health}。`,
  '联系电话：0755-88886666',
].join('\n')

export const fields = { title: '2026年第一季度城乡低保公示', docNumber: '某民发〔2026〕3号', issuer: `某街道办事处（联系人 ${secrets.mobiles[2]}）`, noticeType: 'dibao', body } as const

export function toFullWidth(digits: string): string {
  return digits.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
}

/** A drafted notice whose review findings (illness, landline) are decided, ready to submit. */
export async function readyNotice(core: Core): Promise<string> {
  const notice = await core.workflow.create(fields, { actor: people.drafter })
  decideReviewFindings(core, notice.id)
  return notice.id
}

export function decideReviewFindings(core: Core, id: string): void {
  for (const item of core.workflow.render(id).review.reviewed) {
    if (item.resolution.status !== 'unresolved') continue
    const keep = item.finding.type === 'LANDLINE'
    core.decisions.decide({ id, key: item.finding.key, type: item.finding.type, action: keep ? 'keep' : 'remove', reason: keep ? '单位监督电话，应当公开' : undefined }, drafterOf(core, id), false)
  }
}
