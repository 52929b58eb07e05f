import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { passwords, testClock, testCore, type TestCore } from '../accounts/support'
import { hashingTimeout, rejection } from './support'

// 信任列表导入: preview shows fingerprints and what changes; a newer list of the same office replaces the old
// one, which is how a revocation (a reset password, a lost key) reaches the other machine.

let lister: TestCore
let importer: TestCore
const dirs: string[] = []
const admin = { login: 'admin', password: passwords.admin }

async function machine(office: string): Promise<TestCore> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'countersign-trust-'))
  dirs.push(dir)
  const core = await testCore({ dataDir: dir, clock: testClock(), cheapKdf: true })
  await core.session.setup({ office, login: 'admin', name: '管理员', password: passwords.admin })
  return core
}

const listJson = (core: TestCore): string => core.trust.serialise(core.trustStore.officeList())

beforeAll(async () => {
  lister = await machine('甲镇')
  importer = await machine('乙镇')
  await lister.accounts.create({ login: 'zhang', name: '张起草', roles: ['drafter'], password: passwords.drafter }, admin)
}, hashingTimeout)
afterAll(() => {
  lister.close()
  importer.close()
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true })
})

describe('importing trust lists', () => {
  it('previews, imports, then sees a revocation arrive with the next list', async () => {
    const first = listJson(lister)
    const preview = importer.trustStore.preview(first)
    expect(preview).toMatchObject({ office: '甲镇', replaces: false, removed: [], newlyRevoked: [] })
    expect(preview.added).toHaveLength(2)
    expect(preview.keys.map((k) => k.name).sort()).toEqual(['张起草', '管理员'])
    importer.trustStore.import(first, preview.sha256, 'admin')
    expect(importer.trustStore.view().imported).toEqual([expect.objectContaining({ office: '甲镇', sha256: preview.sha256 })])

    // the admin of 甲镇 resets 张起草's password: a new key, the old one revoked
    lister.clock.advance(3600)
    await lister.accounts.resetPassword(admin, 'zhang', passwords.reset)
    const second = listJson(lister)
    importer.clock.advance(7200)
    const next = importer.trustStore.preview(second)
    expect(next).toMatchObject({ replaces: true, removed: [] })
    expect(next.added).toHaveLength(1)
    expect(next.newlyRevoked).toHaveLength(1)
    expect(() => importer.trustStore.import(second, preview.sha256, 'admin')).toThrow(/与预览时不一致/)
    importer.trustStore.import(second, next.sha256, 'admin')
    const keys = importer.trustStore.view().imported[0]?.keys ?? []
    expect(keys.filter((k) => k.state === 'revoked')).toHaveLength(1)
    expect(importer.trustStore.combined().keys).toHaveLength(1 + 3)
  }, hashingTimeout)

  it('refuses a list that is not JSON, not a trust list, has a forged keyid, or is this machine’s own', () => {
    expect(() => importer.trustStore.preview('{')).toThrow(/不是会签导出的信任列表/)
    expect(() => importer.trustStore.preview('{"format":"something-else"}')).toThrow(/格式不对/)
    const forged = JSON.parse(listJson(lister)) as { keys: { keyid: string }[] }
    const [k0, k1] = forged.keys
    if (k0 && k1) k0.keyid = k1.keyid.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'))
    expect(() => importer.trustStore.preview(JSON.stringify(forged))).toThrow(/keyid/)
    expect(() => importer.trustStore.preview(listJson(importer))).toThrow(/本机自己导出/)
  })

  it('lets only an admin import or remove, through the app', async () => {
    await importer.accounts.create({ login: 'li', name: '李审核', roles: ['reviewer'], password: passwords.reviewer }, admin)
    await importer.session.signIn('li', passwords.reviewer)
    const json = listJson(lister)
    const sha256 = importer.trustStore.preview(json).sha256
    expect(await rejection(Promise.resolve().then(() => importer.handlers['trust.import']({ json, sha256 })))).toMatchObject({ code: 'forbidden' })
    expect(await rejection(Promise.resolve().then(() => importer.handlers['trust.remove']({ office: '甲镇' })))).toMatchObject({ code: 'forbidden' })
    await importer.session.signIn('admin', passwords.admin)
    const view = await importer.handlers['trust.remove']({ office: '甲镇' })
    expect(view.imported).toEqual([])
  }, hashingTimeout)
})
