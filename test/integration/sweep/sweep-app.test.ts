import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sweepListLimit, type SweepStatus } from '../../../shared/api/contract-sweep'
import type { TestCore } from '../accounts/support'
import { handlerCalls } from '../workflow/handler-calls'
import { hashingTimeout, office, people } from '../workflow/support'

// 已发布信息排查 in the app, through the handler map as the Electron IPC and the browser host call it: a real
// temp folder (a web page with an ID number and a mobile, a .txt, a broken .docx), results masked and sorted by
// risk, one file's findings, the exported report, and the refusals (a reviewer, a missing folder).

const idNumber = '110101199003071234'
const mobile = '13812345678'

let core: TestCore
let dispose: () => void
let site: string

beforeAll(async () => {
  ;({ core, dispose } = await office())
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'sweep-app-'))
  fs.mkdirSync(path.join(site, 'web/sub'), { recursive: true })
  fs.writeFileSync(path.join(site, 'web/dibao.html'), `<html><head><meta charset="utf-8"></head><body><p>张三 身份证号 ${idNumber}</p><p>联系电话 ${mobile}</p></body></html>`)
  fs.writeFileSync(path.join(site, 'web/sub/note.txt'), `户主李四，手机 ${mobile}\n`)
  fs.writeFileSync(path.join(site, 'web/broken.docx'), 'this is not a zip')
}, hashingTimeout)
afterAll(() => {
  dispose()
  fs.rmSync(site, { recursive: true, force: true })
})

const { call, refusal, signIn } = handlerCalls(() => core)

/** What `run` throws (the test fails if it returns). */
function thrown(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  throw new Error('not refused')
}

async function finished(id: string): Promise<SweepStatus> {
  for (;;) {
    const status = await call('sweep.status', { id })
    if (status.state !== 'running') return status
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('已发布信息排查 through the handlers', () => {
  it('sweeps a folder, lists files by risk with masked values, opens one and exports the report', async () => {
    await signIn(people.drafter)
    const started = await call('sweep.start', { folder: path.join(site, 'web') })
    expect(started).toMatchObject({ state: 'running', listing: true, folder: path.join(site, 'web') })
    const status = await finished(started.id)
    expect(status).toMatchObject({ state: 'done', listing: false, listed: 3, done: 3, total: 3, swept: 3, needsAction: 3 })

    // the riskiest first: the page with the ID number, then the .txt with a mobile; the broken file is listed
    expect(status.files.map((f) => path.basename(f.path))).toEqual(['dibao.html', 'note.txt', 'broken.docx'])
    const [page, txt, broken] = status.files
    expect(page?.counts).toEqual(expect.arrayContaining([{ type: 'ID_CARD', count: 1 }, { type: 'MOBILE', count: 1 }]))
    expect(page.risk).toBeGreaterThan(txt.risk)
    expect(txt?.counts).toContainEqual({ type: 'MOBILE', count: 1 })
    expect(broken).toMatchObject({ status: 'unreadable', findingCount: 0 })
    expect(broken?.reason).toMatch(/[\u4e00-\u9fff]/)
    expect(broken?.reason).not.toMatch(/[A-Za-z]{4,}/)

    const detail = await call('sweep.file', { id: started.id, path: page.path })
    const id = detail.findings.find((f) => f.type === 'ID_CARD')
    expect(id?.masked).toMatch(/\*/)
    expect(id?.place).toMatch(/^第\d+行$/)
    expect(JSON.stringify(status)).not.toContain(idNumber)
    expect(JSON.stringify(detail)).not.toContain(idNumber)
    expect(JSON.stringify(detail)).not.toContain(mobile)

    const out = path.join(site, 'report-out')
    const exported = await call('sweep.export', { id: started.id, outDir: out })
    expect(exported.files.map((f) => path.basename(f))).toEqual(['report.html', 'findings.csv'])
    const html = fs.readFileSync(path.join(out, 'report.html'), 'utf8')
    const csv = fs.readFileSync(path.join(out, 'findings.csv'), 'utf8')
    expect(html).toContain('已发布信息排查报告')
    expect(html).toContain(id!.masked)
    expect(csv).toContain('broken.docx')
    for (const text of [html, csv]) {
      expect(text).not.toContain(idNumber)
      expect(text).not.toContain(mobile)
    }
    const onFile = await refusal('sweep.export', { id: started.id, outDir: path.join(site, 'web/dibao.html') })
    expect(onFile).toMatchObject({ code: 'invalid_request' })
    expect(onFile.message).toContain('dibao.html”不是文件夹')
    expect((await refusal('sweep.export', { id: started.id, outDir: 'report' })).message).toContain('不是完整路径')
    const audited = (await call('audit.list', {})).entries.find((e) => e.event === 'sweep.report_exported')
    expect(audited).toMatchObject({ actor: people.drafter.login, details: { files: 3, needsAction: 3 } })
    expect(JSON.stringify(audited)).not.toContain(site)
    expect((await refusal('sweep.file', { id: started.id, path: path.join(site, 'elsewhere.html') })).code).toBe('not_found')
    // another drafter does not see this sweep
    await signIn(people.other)
    expect((await refusal('sweep.status', { id: started.id })).code).toBe('not_found')
    await signIn(people.drafter)

    // 生成更正稿: the page becomes a new draft of the drafter, through the import path
    const draft = await call('sweep.draft', { id: started.id, path: page.path })
    const notice = await call('notice.get', { id: draft.id })
    expect(notice.body).toContain('身份证号')
    expect(notice.state).toBe('draft')
    expect((await call('notice.workflow', { id: draft.id })).drafter).toMatchObject({ name: '张起草' })
    const txtRefused = await refusal('sweep.draft', { id: started.id, path: txt.path })
    expect(txtRefused).toMatchObject({ code: 'invalid_request' })
    expect(txtRefused.message).toContain('note.txt')
    expect((await refusal('sweep.draft', { id: started.id, path: path.join(site, 'web/../elsewhere.html') })).code).toBe('not_found')
  })

  it('lists at most the 500 riskiest files while counting them all', async () => {
    await signIn(people.drafter)
    const many = path.join(site, 'many')
    fs.mkdirSync(many)
    for (let i = 0; i < 505; i++) fs.writeFileSync(path.join(many, `p${String(i).padStart(3, '0')}.txt`), i === 504 ? `户主李四，手机 ${mobile}\n` : '通知：按时参加。\n')
    const status = await finished((await call('sweep.start', { folder: many })).id)
    expect(status).toMatchObject({ state: 'done', total: 505, swept: 505, needsAction: 1 })
    expect(status.files).toHaveLength(sweepListLimit)
    expect(path.basename(status.files[0].path)).toBe('p504.txt')
  })

  it('names a missing or wrong folder, refuses a malformed request and anyone but a drafter or an admin', async () => {
    await signIn(people.drafter)
    const missing = path.join(site, 'no-such-folder')
    const gone = await refusal('sweep.start', { folder: missing })
    expect(gone.code).toBe('not_found')
    expect(gone.message).toContain(missing)
    expect(gone.message).toContain('不存在')
    const file = await refusal('sweep.start', { folder: path.join(site, 'web/dibao.html') })
    expect(file.message).toContain('不是文件夹')
    expect((await refusal('sweep.start', { folder: 'web' })).message).toContain('不是完整路径')
    expect((await refusal('sweep.start', { folder: '' })).code).toBe('invalid_request')
    expect((await refusal('sweep.status', { id: '../../etc' })).code).toBe('invalid_request')
    expect((await refusal('sweep.status', { id: 'sw-0000000000000000' })).code).toBe('not_found')

    // an empty folder: done at once, nothing listed
    const empty = path.join(site, 'empty')
    fs.mkdirSync(empty)
    expect(await finished((await call('sweep.start', { folder: empty })).id)).toMatchObject({ state: 'done', total: 0, files: [] })

    await signIn(people.reviewer)
    expect((await refusal('sweep.start', { folder: path.join(site, 'web') })).code).toBe('forbidden')
    await call('session.signOut', {})
    expect((await refusal('sweep.start', { folder: path.join(site, 'web') })).code).toBe('forbidden')
  })

  it('are authorised by the sweep service itself, whatever route calls it: a drafter sweeps, a reviewer and nobody are refused, a sweep is its starter\'s', () => {
    const drafter = core.accounts.get(people.drafter.login)
    const reviewer = core.accounts.get(people.reviewer.login)
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'sweep-service-'))
    try {
      expect(thrown(() => core.sweeps.start(empty, reviewer))).toMatchObject({ code: 'forbidden', detail: { code: 'sweep.notAllowed' } })
      expect(thrown(() => core.sweeps.start(empty, null))).toMatchObject({ code: 'forbidden' })
      expect(thrown(() => core.sweeps.history(reviewer))).toMatchObject({ code: 'forbidden' })
      const { id } = core.sweeps.start(empty, drafter)
      expect(core.sweeps.status(id, drafter).id).toBe(id)
      // an in-process call acts as nobody: it does not see the drafter's sweep
      expect(thrown(() => core.sweeps.status(id, undefined))).toMatchObject({ code: 'not_found' })
      expect(core.sweeps.history(drafter).items.map((s) => s.id)).toContain(id)
    } finally {
      fs.rmSync(empty, { recursive: true, force: true })
    }
  })
})
