// Every refusal that reaches the renderer's message function is coded ({code, params} from the catalogue):
// the renderer never splits a `中文 (English)` message again. Proven two ways: the sources make no
// service error without a catalogue code, and a refusal travelling through dispatch and the renderer's
// reading of a result is worded from its code, whatever its message says.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../../shared/api/dispatch'
import { zhCNErrors } from '../../../../shared/api/error-catalogue'
import { readErrorDetail, renderError } from '../../../../shared/api/error-text'
import type { Handlers } from '../../../../shared/api/contract'
import { serviceError } from '../../../../shared/api/result'
import { ApiError } from '../../../../renderer/lib/api-error'
import { serviceMessage } from '../../../../renderer/lib/service-message'
import { translate, type Translate } from '../../../../renderer/i18n/translate'

const root = path.resolve(import.meta.dirname, '../../../..')
const zh: Translate = (key, params) => translate('zh-CN', key, params)
const en: Translate = (key, params) => translate('en', key, params)

function sources(dir: string): { file: string; text: string }[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .map((name) => path.join(dir, name).split(path.sep).join('/'))
    .map((file) => ({ file, text: fs.readFileSync(path.join(root, file), 'utf8') }))
}

const code = [...sources('electron'), ...sources('shared')]
/** A string or template literal that ends in an English half in brackets after Chinese text: `中文 (English)`. */
const bilingualLiteral = /['"`][^'"`\n]*\p{Script=Han}[^'"`\n]* \([A-Za-z][^'"`\n]*\)['"`]/u

describe('coded errors', () => {
  it('makes every ServiceError from a catalogue code (serviceError), except where a received detail is passed on', () => {
    const constructing = code.filter(({ text }) => text.includes('new ServiceError(')).map(({ file }) => file)
    expect(constructing.sort()).toEqual(['electron/cli/front-door.ts', 'shared/api/result.ts'])
  })

  it('names only catalogue codes', () => {
    const unknown: string[] = []
    for (const { file, text } of code) {
      for (const m of text.matchAll(/serviceError\(\s*'\w+',\s*'([\w.]+)'/g)) if (!Object.hasOwn(zhCNErrors, m[1] ?? '')) unknown.push(`${file}: ${m[1]}`)
    }
    expect(unknown).toEqual([])
  })

  it('throws and returns no `中文 (English)` text from the services, the API or the bridges', () => {
    const layers = /^(electron\/services|electron\/preload|electron\/host|electron\/main\/ipc\.ts|electron\/cli\/front-door\.ts|shared\/api|shared\/workflow)/
    const found: string[] = []
    for (const { file, text } of code.filter(({ file }) => layers.test(file))) {
      text.split('\n').forEach((line, i) => {
        // a plain Error (or PdfError) never reaches a front door as text: dispatch turns it into internal.seeLog
        const refusal = /throw |ok: false/.test(line) && !/new (Error|PdfError)\(/.test(line)
        if (refusal && bilingualLiteral.test(line)) found.push(`${file}:${i + 1}`)
      })
    }
    expect(found).toEqual([])
  })

  it('codes every refusal of the browser shell’s transport: the host’s answers, the bridges’ own failures, the page’s reading of them', () => {
    const transport = [...sources('electron/host'), ...sources('electron/preload'), ...sources('renderer/lib'), { file: 'electron/main/ipc.ts', text: fs.readFileSync(path.join(root, 'electron/main/ipc.ts'), 'utf8') }]
    const uncoded: string[] = []
    for (const { file, text } of transport) {
      text.split('\n').forEach((line, i) => {
        // a failed Result without its detail, or an ApiError made without one (the renderer would show only a category)
        if (/\bok: false\b/.test(line) && !/detail/.test(line)) uncoded.push(`${file}:${i + 1}`)
        if (/new ApiError\((?![^)]*,[^)]*,)/.test(line)) uncoded.push(`${file}:${i + 1}`)
      })
    }
    expect(uncoded).toEqual([])
    // the host answers an API call with a coded result, never a bare status line
    const host = fs.readFileSync(path.join(root, 'electron/host/server.ts'), 'utf8')
    for (const name of ['invoke', 'exchange', 'subscribe', 'recoveryRequest']) {
      const body = host.slice(host.indexOf(`function ${name}(`), host.indexOf('\n  }\n', host.indexOf(`function ${name}(`)))
      expect(body.length, name).toBeGreaterThan(100)
      expect(body, name).not.toMatch(/\bsend\(res, [45]\d\d/)
    }
  })

  it('words a refusal from its code on the way through dispatch and the renderer, never from its message', async () => {
    const refuse = (error: Error): Handlers =>
      ({
        'notice.get': () => {
          throw error
        },
      }) as unknown as Handlers
    const id = '00000000-0000-4000-8000-000000000000'
    const cases = [
      [serviceError('conflict', 'workflow.refused', { why: 'self_approval' }), '不能审批自己起草的公告', 'you cannot review a notice you drafted'],
      [new Error('公告内容 张三 (secret)'), renderError('zh-CN', { code: 'internal.seeLog', params: {} }), renderError('en', { code: 'internal.seeLog', params: {} })],
    ] as const
    for (const [error, zhText, enText] of cases) {
      const result = await dispatch(refuse(error), 'notice.get', { id })
      if (result.ok) throw new Error('expected a refusal')
      // what renderer/lib/api.ts makes of a failed result
      const apiError = new ApiError(result.code, result.message, readErrorDetail(result.detail))
      expect(apiError.detail, error.message).toBeDefined()
      expect(serviceMessage(apiError, 'zh-CN', zh)).toBe(zhText)
      expect(serviceMessage(apiError, 'en', en)).toBe(enText)
    }
    const invalid = await dispatch(refuse(new Error('unused')), 'notice.get', { id: 7 })
    expect(invalid).toMatchObject({ ok: false, code: 'invalid_request', detail: { code: 'request.invalid' } })
  })
})
