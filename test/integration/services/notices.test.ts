import { describe, expect, it } from 'vitest'
import { openCore, type Core } from '../../../electron/services/core'
import { ServiceError } from '../../../shared/api/result'
import { tempDir } from '../../support/temp-dir'

async function withCore<T>(dataDir: string, fn: (core: Core) => T): Promise<T> {
  const core = await openCore({ dataDir, shell: 'cli' })
  try {
    return fn(core)
  } finally {
    core.close()
  }
}

function expectServiceError(fn: () => unknown, code: string): void {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(ServiceError)
    expect((error as ServiceError).code).toBe(code)
    return
  }
  throw new Error(`expected a ${code} error`)
}

describe('notice service on a real data directory', () => {
  it('lists, searches and shows the recycle bin with masked titles and excerpts, never an ID number or phone in clear', async () => {
    const id = '340705198204150268'
    const phone = '13905621234'
    await withCore(tempDir(), (core) => {
      const notice = core.notices.create({ title: `关于${id}户低保复核的公示`, body: `户主身份证号${id}，联系电话${phone}，经审核符合条件。` })
      const lists = () => [core.notices.list(), core.notices.list({ query: phone }), core.notices.list({ query: '低保' })]
      for (const list of lists()) {
        expect(list).toHaveLength(1)
        const text = JSON.stringify(list)
        expect(text).not.toContain(id)
        expect(text).not.toContain(phone)
        expect(list[0].title).toContain('340705********0268')
        expect(list[0].excerpt).toContain('139****1234')
      }
      core.notices.delete(notice.id, null)
      const trash = core.notices.list({ view: 'trash' })
      expect(trash).toHaveLength(1)
      expect(JSON.stringify(trash)).not.toMatch(new RegExp(`${id}|${phone}`))
      // the notice itself keeps every character: only the lists are masked
      expect(core.notices.get(notice.id).title).toContain(id)
    })
  })

  it('keeps the 落款日期 and 公示期 through saves, versions and reopening (migration 6)', async () => {
    const dir = tempDir()
    const id = await withCore(dir, (core) => {
      const created = core.notices.create({ title: '低保公示', signatureDate: '2026-03-01' })
      expect(created).toMatchObject({ signatureDate: '2026-03-01', publicityStart: '', publicityEnd: '' })
      // a change of the dates alone is a change: a new version
      const saved = core.notices.update(created.id, 1, { publicityStart: '2026-03-01', publicityEnd: '2026-03-07' }, null)
      expect(saved.revision).toBe(2)
      expect(core.notices.update(created.id, 2, { publicityEnd: '2026-03-07' }, null).revision).toBe(2)
      return created.id
    })
    await withCore(dir, (core) => {
      expect(core.notices.get(id)).toMatchObject({ signatureDate: '2026-03-01', publicityStart: '2026-03-01', publicityEnd: '2026-03-07' })
      expect(core.notices.version(id, 1)).toMatchObject({ signatureDate: '2026-03-01', publicityStart: '', publicityEnd: '' })
      expect(core.notices.versions(id)[0]).toMatchObject({ revision: 2, publicityEnd: '2026-03-07' })
      expect(core.notices.list()[0]).toMatchObject({ id, signatureDate: '2026-03-01' })
    })
  })

  it('creates, edits, and finds a notice again after reopening', async () => {
    const dir = tempDir()
    const id = await withCore(dir, (core) => {
      const created = core.notices.create({ title: '低保公示', noticeType: 'dibao' })
      expect(created.revision).toBe(1)
      expect(created.state).toBe('draft')
      const saved = core.notices.update(created.id, 1, { body: '经审核，以下家庭符合条件。', docNumber: '某民〔2026〕3号' }, null)
      expect(saved.revision).toBe(2)
      return created.id
    })
    await withCore(dir, (core) => {
      const notice = core.notices.get(id)
      expect(notice.title).toBe('低保公示')
      expect(notice.body).toBe('经审核，以下家庭符合条件。')
      expect(notice.docNumber).toBe('某民〔2026〕3号')
      expect(notice.noticeType).toBe('dibao')
    })
  })

  it('keeps every saved version and does not version an unchanged save', async () => {
    await withCore(tempDir(), (core) => {
      const { id } = core.notices.create({ title: 'v1' })
      core.notices.update(id, 1, { title: 'v2' }, null)
      const same = core.notices.update(id, 2, { title: 'v2' }, null)
      expect(same.revision).toBe(2)
      core.notices.update(id, 2, { title: 'v3', body: '正文' }, null)
      expect(core.notices.versions(id).map((v) => [v.revision, v.title])).toEqual([
        [3, 'v3'],
        [2, 'v2'],
        [1, 'v1'],
      ])
      expect(core.notices.version(id, 3).body).toBe('正文')
      expect(core.notices.version(id, 1).title).toBe('v1')
      expectServiceError(() => core.notices.version(id, 9), 'not_found')
    })
  })

  it('refuses a save based on a stale revision instead of overwriting', async () => {
    await withCore(tempDir(), (core) => {
      const { id } = core.notices.create({ title: 'a' })
      core.notices.update(id, 1, { title: 'b' }, null)
      expectServiceError(() => core.notices.update(id, 1, { title: 'c' }, null), 'conflict')
      expect(core.notices.get(id).title).toBe('b')
    })
  })

  it('searches title, 文号, issuer and body, literally', async () => {
    await withCore(tempDir(), (core) => {
      const a = core.notices.create({ title: '招聘拟聘用人员公示', issuer: '某某镇人民政府' })
      const b = core.notices.create({ title: '通知', body: '关于开展孕前优生健康检查的通知' })
      core.notices.create({ title: '100%完成', docNumber: '某发〔2026〕1号' })
      expect(core.notices.list({ query: '招聘' }).map((n) => n.id)).toEqual([a.id])
      expect(core.notices.list({ query: '优生' }).map((n) => n.id)).toEqual([b.id])
      expect(core.notices.list({ query: '某某镇' }).map((n) => n.id)).toEqual([a.id])
      expect(core.notices.list({ query: '〔2026〕' })).toHaveLength(1)
      // LIKE wildcards in a query are ordinary characters.
      expect(core.notices.list({ query: '%' })).toHaveLength(1)
      expect(core.notices.list({ query: '_' })).toHaveLength(0)
      expect(core.notices.list()).toHaveLength(3)
    })
  })

  it('moves to the recycle bin, restores, and purges only from the bin', async () => {
    await withCore(tempDir(), (core) => {
      const { id } = core.notices.create({ title: '待删除' })
      expectServiceError(() => core.notices.purge(id, null), 'conflict')
      core.notices.delete(id, null)
      expect(core.notices.list()).toHaveLength(0)
      expect(core.notices.list({ view: 'trash' }).map((n) => n.id)).toEqual([id])
      expectServiceError(() => core.notices.update(id, 1, { title: 'x' }, null), 'conflict')
      core.notices.restore(id, null)
      expect(core.notices.list().map((n) => n.id)).toEqual([id])
      core.notices.delete(id, null)
      core.notices.purge(id, null)
      expectServiceError(() => core.notices.get(id), 'not_found')
      expect(core.notices.list({ view: 'trash' })).toHaveLength(0)
    })
  })

  it('refuses a second process on the same data directory with a clear message', async () => {
    const dir = tempDir()
    const first = await openCore({ dataDir: dir, shell: 'browser' })
    try {
      await expect(openCore({ dataDir: dir, shell: 'cli' })).rejects.toThrow(dir)
    } finally {
      first.close()
    }
    const again = await openCore({ dataDir: dir, shell: 'cli' })
    again.close()
  })

  it('stores settings', async () => {
    const dir = tempDir()
    await withCore(dir, (core) => {
      expect(core.settings.get()).toEqual({ locale: 'zh-CN', sm2CoSign: false })
      core.settings.update({ locale: 'en' }, null)
    })
    await withCore(dir, (core) => expect(core.settings.get().locale).toBe('en'))
  })
})
