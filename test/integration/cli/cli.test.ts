import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openCore } from '../../../electron/services/core'
import { cli } from '../../support/cli'
import { tempDir } from '../../support/temp-dir'

const root = path.resolve(import.meta.dirname, '../../..')


describe('countersign CLI', () => {
  it('prints help and version', async () => {
    const help = await cli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('notice new')
    expect(help.stdout).toContain('scan')
    const version = await cli(['--version'])
    expect(version.code).toBe(0)
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }
    expect(version.stdout.trim()).toBe(pkg.version)
  })

  it('creates a notice and lists it, in human and JSON form, on --data', async () => {
    const data = tempDir()
    const body = path.join(data, 'body.txt')
    fs.writeFileSync(body, '\uFEFF经审核，现予以公示。\r\n')
    const created = await cli(['notice', 'new', '--title', '低保公示', '--body-file', body, '--type', 'dibao', '--data', data])
    expect(created.stderr).toBe('')
    expect(created.code).toBe(0)
    const id = created.stdout.trim()
    expect(id).toMatch(/^[0-9a-f-]{36}$/)

    const asJson = await cli(['notice', 'new', '--title', '第二份', '--body-file', body, '--data', data, '--json'])
    expect(JSON.parse(asJson.stdout)).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown })

    const list = await cli(['notice', 'list', '--json', '--data', data])
    expect(list.code).toBe(0)
    const parsed = JSON.parse(list.stdout) as { notices: { id: string; title: string; state: string; noticeType: string }[] }
    expect(parsed.notices.map((n) => n.title).sort()).toEqual(['低保公示', '第二份'])
    expect(parsed.notices.find((n) => n.id === id)).toMatchObject({ state: 'draft', noticeType: 'dibao' })

    const human = await cli(['notice', 'list', '--data', data])
    expect(human.stdout).toContain(id)

    const show = await cli(['notice', 'show', id, '--json', '--data', data])
    // BOM stripped, line endings kept, as contracts.md says.
    expect((JSON.parse(show.stdout) as { notice: { body: string } }).notice.body).toBe('经审核，现予以公示。\r\n')
  })

  it('uses COUNTERSIGN_DATA when --data is absent', async () => {
    const data = tempDir()
    const body = path.join(data, 'b.txt')
    fs.writeFileSync(body, 'x')
    await cli(['notice', 'new', '--title', 'env', '--body-file', body], { COUNTERSIGN_DATA: data })
    expect(fs.existsSync(path.join(data, 'store'))).toBe(true)
  })

  it('exits 2 with one line naming the file and the problem', async () => {
    const data = tempDir()
    const missing = path.join(data, 'nope.txt')
    const run = await cli(['notice', 'new', '--title', 't', '--body-file', missing, '--data', data])
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain(missing)
    expect(run.stderr).toContain('no such file')

    const binary = path.join(data, 'bad.txt')
    fs.writeFileSync(binary, Buffer.from([0xff, 0xfe, 0x00, 0xc3]))
    const notText = await cli(['notice', 'new', '--title', 't', '--body-file', binary, '--data', data])
    expect(notText.code).toBe(2)
    expect(notText.stderr).toContain('not valid UTF-8')
  })

  it('rejects bad usage with exit 2 and no stack trace', async () => {
    for (const args of [['frobnicate'], ['notice', 'new', '--title', 't'], ['notice', 'list', '--bogus'], ['notice', 'new', '--title', 't', '--body-file', 'x', '--type', 'nope']]) {
      const run = await cli([...args, '--data', tempDir()])
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(/^countersign: /)
      expect(run.stderr).not.toMatch(/\n\s+at /)
    }
  })

  it('refuses to open a data folder another Countersign holds', async () => {
    const data = tempDir()
    // This test process plays the running app and holds the data folder.
    const app = await openCore({ dataDir: data, shell: 'browser' })
    try {
      const run = await cli(['notice', 'list', '--data', data])
      expect(run.code).toBe(2)
      expect(run.stderr).toContain(data)
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
    } finally {
      app.close()
    }
  })
})
