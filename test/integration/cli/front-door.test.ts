import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ServiceError } from '../../../shared/api/result'
import { cliFrontDoor, type CliFrontDoor } from '../../../electron/cli/front-door'
import { run } from '../../../electron/cli/main'
import { passwordFile } from '../accounts/cli-run'
import { fields, hashingTimeout, office, people } from '../workflow/support'
import { passwords, type TestCore } from '../accounts/support'
import { seedOffice } from '../../support/seed-office'

/** The refusal a call ends in: a ServiceError, as the CLI's `refused` turns into one line and an exit code. */
async function refusal(call: Promise<unknown>): Promise<ServiceError> {
  const error: unknown = await call.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ServiceError)
  return error as ServiceError
}

/** Drafts a notice as `door`'s account and decides what the policy leaves open, all through the handlers. */
async function draftAndSubmit(door: CliFrontDoor, core: TestCore, password: string): Promise<string> {
  const notice = await door.call('notice.create', fields)
  for (const item of core.workflow.render(notice.id).review.reviewed) {
    if (item.resolution.status !== 'unresolved') continue
    const keep = item.finding.type === 'LANDLINE'
    await door.call('notice.decide', { id: notice.id, key: item.finding.key, type: item.finding.type, action: keep ? 'keep' : 'remove', reason: keep ? '单位监督电话，应当公开' : undefined })
  }
  await door.call('notice.submit', { id: notice.id, password })
  return notice.id
}

/** The CLI in this process, its output collected. */
async function cliRun(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await run(args, { out: (text) => void (stdout += `${text}\n`), err: (text) => void (stderr += `${text}\n`) })
  return { code, stdout, stderr }
}

describe('the CLI acts through the handler maps (issue 13)', () => {
  let o: Awaited<ReturnType<typeof office>>
  beforeAll(async () => {
    o = await office()
  }, hashingTimeout)
  afterAll(() => o.dispose())

  it(
    'refuses an unknown login and a wrong password before any handler runs',
    async () => {
      expect((await refusal(cliFrontDoor(o.core, { login: 'ghost', password: people.drafter.password }))).code).not.toBe('internal')
      expect((await refusal(cliFrontDoor(o.core, { login: people.drafter.login, password: people.reviewer.password }))).code).not.toBe('internal')
    },
    hashingTimeout,
  )

  it(
    'refuses self-approval in the service, an unauthenticated call, and an invalid request in dispatch',
    async () => {
      const both = await cliFrontDoor(o.core, people.both)
      expect(both.acting?.login).toBe(people.both.login)
      const id = await draftAndSubmit(both, o.core, people.both.password)
      expect(o.core.notices.get(id).state).toBe('submitted')

      // 谁审查谁负责: the same person may not countersign their own notice, whatever front door they use
      const self = await refusal(both.call('notice.approve', { id, password: people.both.password }))
      expect(self.code).toBe('forbidden')
      expect(self.message).toContain('不能审批自己起草的公告')
      // no --as: nobody is signed in, and the service refuses
      const nobody = await cliFrontDoor(o.core, undefined)
      expect(nobody.acting).toBeNull()
      expect((await refusal(nobody.call('notice.withdraw', { id }))).code).toBe('forbidden')
      // the contract's schema checks a CLI request as it checks the renderer's
      expect((await refusal(both.call('notice.withdraw', { id: 'not a notice id' }))).code).toBe('invalid_request')
      expect(o.core.notices.get(id).state).toBe('submitted')

      // the command line itself: exit 1 and one line naming the refusal, nothing approved
      const reviewer = await cliFrontDoor(o.core, people.reviewer)
      expect(reviewer.acting?.login).toBe(people.reviewer.login)
      o.core.close()
      let stderr = ''
      const code = await run(['notice', 'approve', id, '--data', o.dir, '--as', people.both.login, '--password-file', passwordFile(o.dir, 'both.txt', people.both.password)], {
        out: () => undefined,
        err: (text) => void (stderr += `${text}\n`),
      })
      expect(code, stderr).toBe(1)
      expect(stderr.trim().split('\n')).toHaveLength(1)
      expect(stderr).toContain('不能审批自己起草的公告')

      // trust import through the handler: an administrator imports another office's list; a drafter is refused
      const other = path.join(o.dir, 'other-office')
      await seedOffice(other, '另一个街道办', { login: 'boss', name: '钱管理', password: passwords.admin, roles: ['admin'] }, [])
      const list = path.join(o.dir, 'other-trust.json')
      expect(await run(['trust', 'export', '--data', other, '--out', list], { out: () => undefined, err: () => undefined })).toBe(0)
      const asDrafter = await cliRun(['trust', 'import', list, '--data', o.dir, '--as', people.drafter.login, '--password-file', passwordFile(o.dir, 'drafter.txt', people.drafter.password)])
      expect(asDrafter.code, asDrafter.stderr).toBe(1)
      expect(asDrafter.stderr).toContain('管理员')
      const asAdmin = await cliRun(['trust', 'import', list, '--data', o.dir, '--as', 'admin', '--password-file', passwordFile(o.dir, 'admin.txt', passwords.admin), '--json'])
      expect(asAdmin.code, asAdmin.stderr).toBe(0)
      expect(JSON.parse(asAdmin.stdout)).toMatchObject({ imported: true, office: '另一个街道办' })
    },
    hashingTimeout,
  )
})
