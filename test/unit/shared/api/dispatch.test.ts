import { requestChannels } from '../../../../shared/api/channels'
import { describe, expect, it } from 'vitest'
import type { Handlers } from '../../../../shared/api/contract'
import { dispatch } from '../../../../shared/api/dispatch'
import { serviceError } from '../../../../shared/api/result'

const id = '0b7c3a52-2f7e-4a55-9a51-7c0f7a3a9c11'
const notice = {
  id,
  title: 't',
  docNumber: '',
  issuer: '',
  noticeType: 'general',
  body: '',
  signatureDate: '',
  publicityStart: '',
  publicityEnd: '',
  state: 'draft',
  revision: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  deletedAt: null,
} as const

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const unused = (): never => {
    throw new Error('not used in this test')
  }
  // every channel this test does not exercise
  const rest = Object.fromEntries(requestChannels.map((channel) => [channel, unused])) as unknown as Handlers
  return {
    ...rest,
    'app.info': () => ({ version: '1', dataDir: '/d', shell: 'browser', recovery: [] }),
    'notice.create': () => ({ ...notice }),
    'notice.list': () => [],
    'notice.get': () => ({ ...notice }),
    'notice.update': unused,
    'notice.delete': unused,
    'notice.restore': unused,
    'notice.purge': unused,
    'notice.versions': unused,
    'notice.version': unused,
    'notice.decisions': unused,
    'notice.decide': unused,
    'notice.undecide': unused,
    'settings.get': () => ({ locale: 'zh-CN', sm2CoSign: false }),
    'settings.update': unused,
    ...overrides,
  }
}

describe('dispatch', () => {
  it('runs a valid request', async () => {
    expect(await dispatch(handlers(), 'notice.get', { id })).toEqual({ ok: true, value: notice })
  })

  it('refuses unknown channels and non-string channels', async () => {
    expect(await dispatch(handlers(), 'notice.destroyAll', {})).toMatchObject({ ok: false, code: 'invalid_request' })
    expect(await dispatch(handlers(), { toString: () => 'notice.get' }, { id })).toMatchObject({ ok: false, code: 'invalid_request' })
  })

  it('refuses requests that do not match the schema, naming the field but not the value', async () => {
    const wrongType = await dispatch(handlers(), 'notice.get', { id: 42 })
    expect(wrongType).toMatchObject({ ok: false, code: 'invalid_request' })
    const extraKey = await dispatch(handlers(), 'notice.get', { id, sql: 'DROP TABLE notices' })
    expect(extraKey).toMatchObject({ ok: false, code: 'invalid_request' })
    const tooLong = await dispatch(handlers(), 'notice.create', { title: '长'.repeat(501) })
    expect(tooLong).toMatchObject({ ok: false, code: 'invalid_request' })
    const secret = '张三的身份证号340705199001011234'
    const leaky = await dispatch(handlers(), 'notice.create', { noticeType: secret })
    expect(leaky.ok).toBe(false)
    if (!leaky.ok) {
      expect(leaky.message).toContain('noticeType')
      expect(leaky.message).not.toContain(secret)
    }
  })

  it('passes service errors through with their code', async () => {
    const result = await dispatch(
      handlers({
        'notice.get': () => {
          throw serviceError('not_found', 'notice.notFound', { id })
        },
      }),
      'notice.get',
      { id },
    )
    expect(result).toEqual({ ok: false, code: 'not_found', message: `公告不存在 (notice ${id} not found)`, detail: { code: 'notice.notFound', params: { id } } })
  })

  it('hides unexpected errors, which may quote document text, and reports them to the caller', async () => {
    const seen: unknown[] = []
    const result = await dispatch(
      handlers({
        'notice.get': () => {
          throw new Error('parse error near 张三 13800138000')
        },
      }),
      'notice.get',
      { id },
      (_channel, error) => seen.push(error),
    )
    expect(result).toMatchObject({ ok: false, code: 'internal' })
    if (!result.ok) expect(result.message).not.toContain('13800138000')
    expect(seen).toHaveLength(1)
  })

  it('checks responses too', async () => {
    const result = await dispatch(handlers({ 'notice.get': () => ({ ...notice, state: 'published' }) as never }), 'notice.get', { id })
    expect(result).toMatchObject({ ok: false, code: 'internal' })
  })
})
