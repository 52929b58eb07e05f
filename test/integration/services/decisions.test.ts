import { describe, expect, it } from 'vitest'
import { openCore, type Core } from '../../../electron/services/core'
import { dispatch } from '../../../shared/api/dispatch'
import { ServiceError } from '../../../shared/api/result'
import { keyFindings } from '../../../shared/findings/finding-key'
import { scan } from '../../../shared/pii/index'
import { tempDir } from '../../support/temp-dir'

const body = '低保对象公示\n序号\t姓名\t身份证号码\t联系电话\n1\t王建国\t340705199001011237\t13812345678\n监督电话：0562-2812345\n'

async function withCore<T>(dataDir: string, fn: (core: Core) => T | Promise<T>): Promise<T> {
  const core = await openCore({ dataDir, shell: 'cli', now: () => new Date('2026-03-01T08:00:00.000Z') })
  try {
    return await fn(core)
  } finally {
    core.close()
  }
}

function codeOf(fn: () => unknown): string {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(ServiceError)
    return (error as ServiceError).code
  }
  throw new Error('expected a service error')
}

function keysFor(id: string) {
  const keyed = keyFindings(id, scan(body))
  const of = (text: string) => {
    const found = keyed.find((f) => f.text === text)
    if (!found) throw new Error(`no finding for ${text}`)
    return found
  }
  return { id: of('340705199001011237'), mobile: of('13812345678'), name: of('王建国') }
}

describe('decision service on a real data directory', () => {
  it('stores decisions durably, replaces them, and withdraws them', async () => {
    const dir = tempDir()
    const noticeId = await withCore(dir, (core) => {
      const notice = core.notices.create({ title: '低保公示', body, noticeType: 'dibao' })
      const keys = keysFor(notice.id)
      const masked = core.decisions.decide({ id: notice.id, key: keys.id.key, type: 'ID_CARD', action: 'mask' }, null)
      expect(masked).toEqual({ noticeId: notice.id, key: keys.id.key, type: 'ID_CARD', action: 'mask', reason: null, decidedAt: '2026-03-01T08:00:00.000Z' })
      core.decisions.decide({ id: notice.id, key: keys.mobile.key, type: 'MOBILE', action: 'keep', reason: '  本人同意公开  ' }, null)
      core.decisions.decide({ id: notice.id, key: keys.name.key, type: 'PERSON_NAME', action: 'mask' }, null)
      core.decisions.decide({ id: notice.id, key: keys.name.key, type: 'PERSON_NAME', action: 'notPersonal', reason: '单位名称' }, null)
      return notice.id
    })
    await withCore(dir, (core) => {
      const keys = keysFor(noticeId)
      const stored = core.decisions.list(noticeId)
      expect(stored.map((d) => [d.key, d.action, d.reason])).toEqual(
        expect.arrayContaining([
          [keys.id.key, 'mask', null],
          [keys.mobile.key, 'keep', '本人同意公开'],
          [keys.name.key, 'notPersonal', '单位名称'],
        ]),
      )
      expect(stored).toHaveLength(3)
      core.decisions.undecide(noticeId, keys.mobile.key, null)
      core.decisions.undecide(noticeId, keys.mobile.key, null)
    })
    await withCore(dir, (core) => {
      expect(core.decisions.list(noticeId).map((d) => d.type).sort()).toEqual(['ID_CARD', 'PERSON_NAME'])
    })
  })

  it('never stores the value itself', async () => {
    const dir = tempDir()
    await withCore(dir, (core) => {
      const notice = core.notices.create({ body })
      const keys = keysFor(notice.id)
      core.decisions.decide({ id: notice.id, key: keys.id.key, type: 'ID_CARD', action: 'keep', reason: '依法公开' }, null)
      const rows = core.store.all<Record<string, unknown>>('SELECT * FROM finding_decisions')
      expect(JSON.stringify(rows)).not.toContain('340705199001011237')
      expect(JSON.stringify(rows)).not.toContain('340705')
    })
  })

  it('refuses bad input with a clear error and keeps what was stored', async () => {
    await withCore(tempDir(), (core) => {
      const notice = core.notices.create({ body })
      const keys = keysFor(notice.id)
      core.decisions.decide({ id: notice.id, key: keys.mobile.key, type: 'MOBILE', action: 'mask' }, null)
      expect(codeOf(() => core.decisions.decide({ id: notice.id, key: keys.mobile.key, type: 'MOBILE', action: 'keep' }, null))).toBe('invalid_request')
      expect(codeOf(() => core.decisions.decide({ id: notice.id, key: keys.mobile.key, type: 'MOBILE', action: 'notPersonal', reason: '   ' }, null))).toBe('invalid_request')
      expect(codeOf(() => core.decisions.decide({ id: notice.id, key: keys.mobile.key, type: 'MOBILE', action: 'keep', reason: '长'.repeat(501) }, null))).toBe('invalid_request')
      expect(codeOf(() => core.decisions.decide({ id: notice.id, key: keys.mobile.key, type: 'ID_CARD', action: 'mask' }, null))).toBe('invalid_request')
      expect(codeOf(() => core.decisions.decide({ id: notice.id, key: 'MOBILE:13812345678:0', type: 'MOBILE', action: 'mask' }, null))).toBe('invalid_request')
      const marker = keyFindings(notice.id, scan('内部资料，请勿外传'))[0]
      expect(marker?.type).toBe('CONFIDENTIAL_MARKER')
      // a marker is cleared only by changing the text (issue 10): no action is accepted for it
      for (const action of ['mask', 'remove', 'keep', 'notPersonal'] as const) {
        expect(codeOf(() => core.decisions.decide({ id: notice.id, key: marker?.key ?? '', type: 'CONFIDENTIAL_MARKER', action, reason: '已同意' }, null))).toBe('conflict')
      }
      expect(codeOf(() => core.decisions.decide({ id: '00000000-0000-4000-8000-000000000000', key: keys.mobile.key, type: 'MOBILE', action: 'mask' }, null))).toBe('not_found')
      expect(core.decisions.list(notice.id).map((d) => d.action)).toEqual(['mask'])
    })
  })

  it('refuses the same through the contract, naming fields but never values', async () => {
    await withCore(tempDir(), async (core) => {
      const notice = core.notices.create({ body })
      const keys = keysFor(notice.id)
      const ok = await dispatch(core.handlers, 'notice.decide', { id: notice.id, key: keys.mobile.key, type: 'MOBILE', action: 'keep', reason: '单位公开电话' })
      expect(ok).toMatchObject({ ok: true, value: { action: 'keep', reason: '单位公开电话' } })
      const noReason = await dispatch(core.handlers, 'notice.decide', { id: notice.id, key: keys.id.key, type: 'ID_CARD', action: 'keep' })
      expect(noReason).toMatchObject({ ok: false, code: 'invalid_request' })
      const smuggled = await dispatch(core.handlers, 'notice.decide', { id: notice.id, key: keys.id.key, type: 'ID_CARD', action: 'mask', value: '340705199001011237' })
      expect(smuggled).toMatchObject({ ok: false, code: 'invalid_request' })
      expect(JSON.stringify(smuggled)).not.toContain('340705199001011237')
      const unknownAction = await dispatch(core.handlers, 'notice.decide', { id: notice.id, key: keys.id.key, type: 'ID_CARD', action: 'publish' })
      expect(unknownAction).toMatchObject({ ok: false, code: 'invalid_request' })
      expect(await dispatch(core.handlers, 'notice.decisions', { id: notice.id })).toMatchObject({ ok: true, value: [{ key: keys.mobile.key }] })
      expect(await dispatch(core.handlers, 'notice.undecide', { id: notice.id, key: keys.mobile.key })).toEqual({ ok: true, value: { id: notice.id, key: keys.mobile.key } })
    })
  })

  it('refuses changes once the notice has left the draft state, or sits in the recycle bin', async () => {
    await withCore(tempDir(), (core) => {
      const notice = core.notices.create({ body })
      const keys = keysFor(notice.id)
      core.decisions.decide({ id: notice.id, key: keys.id.key, type: 'ID_CARD', action: 'mask' }, null)
      // No workflow service yet: move the notice along by hand, as submitting will.
      core.store.transaction((tx) => tx.run("UPDATE notices SET state = 'submitted' WHERE id = ?", [notice.id]))
      expect(codeOf(() => core.decisions.decide({ id: notice.id, key: keys.mobile.key, type: 'MOBILE', action: 'mask' }, null))).toBe('conflict')
      expect(codeOf(() => core.decisions.undecide(notice.id, keys.id.key, null))).toBe('conflict')
      expect(core.decisions.list(notice.id)).toHaveLength(1)
      core.store.transaction((tx) => tx.run("UPDATE notices SET state = 'rejected' WHERE id = ?", [notice.id]))
      core.decisions.decide({ id: notice.id, key: keys.mobile.key, type: 'MOBILE', action: 'mask' }, null)
      core.store.transaction((tx) => tx.run("UPDATE notices SET state = 'draft' WHERE id = ?", [notice.id]))
      core.notices.delete(notice.id, null)
      expect(codeOf(() => core.decisions.decide({ id: notice.id, key: keys.name.key, type: 'PERSON_NAME', action: 'mask' }, null))).toBe('conflict')
      expect(core.decisions.list(notice.id)).toHaveLength(2)
    })
  })

  it('deletes the decisions with their notice when it is purged, also after replay', async () => {
    const dir = tempDir()
    const id = await withCore(dir, (core) => {
      const notice = core.notices.create({ body })
      const other = core.notices.create({ body })
      core.decisions.decide({ id: notice.id, key: keysFor(notice.id).id.key, type: 'ID_CARD', action: 'mask' }, null)
      core.decisions.decide({ id: other.id, key: keysFor(other.id).id.key, type: 'ID_CARD', action: 'mask' }, null)
      core.notices.delete(notice.id, null)
      core.notices.purge(notice.id, null)
      expect(core.store.all('SELECT notice_id FROM finding_decisions')).toEqual([{ notice_id: other.id }])
      return other.id
    })
    await withCore(dir, (core) => {
      expect(core.store.all('SELECT notice_id FROM finding_decisions')).toEqual([{ notice_id: id }])
    })
  })
})
