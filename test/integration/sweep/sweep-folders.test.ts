import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openCore, type Core } from '../../../electron/services/core'
import { folderListLimit, listFolders } from '../../../electron/services/sweep/index'
import type { TestCore } from '../accounts/support'
import { handlerCalls } from '../workflow/handler-calls'
import { hashingTimeout, office, people } from '../workflow/support'
import { tempDir } from '../../support/temp-dir'

// 选择文件夹: the browser shell's folder browser (sweep.folders — subfolders only, never a file, validated and
// authorised like every sweep.* channel) and the desktop app's system dialog (sweep.chooseFolder — the main
// process's dialog, the folder it answers checked like a typed one).

let core: TestCore
let dispose: () => void
let tree: string

beforeAll(async () => {
  ;({ core, dispose } = await office())
  tree = fs.mkdtempSync(path.join(os.tmpdir(), 'sweep-folders-'))
  for (const dir of ['site/新闻', 'site/公示10', 'site/公示9', 'site/.git', 'other']) fs.mkdirSync(path.join(tree, dir), { recursive: true })
  fs.writeFileSync(path.join(tree, 'site/dibao.html'), '<p>身份证号 110101199003071234</p>')
  fs.symlinkSync(path.join(tree, 'other'), path.join(tree, 'site/链接'))
}, hashingTimeout)
afterAll(() => {
  dispose()
  fs.rmSync(tree, { recursive: true, force: true })
})

const { call, refusal, signIn } = handlerCalls(() => core)

describe('sweep.folders (the browser shell)', () => {
  it('lists the subfolders of a folder, never its files, with the way up and where to start', async () => {
    await signIn(people.drafter)
    const site = path.join(tree, 'site')
    const listing = await call('sweep.folders', { path: site })
    expect(listing.path).toBe(site)
    expect(listing.parent).toBe(tree)
    // names only, sorted as numbers read; hidden folders and every file left out; a link to a folder is one
    expect(listing.folders.map((f) => f.name)).toEqual(['公示9', '公示10', '链接', '新闻'].sort(new Intl.Collator('zh-CN', { numeric: true }).compare))
    expect(listing.folders.find((f) => f.name === '新闻')?.path).toBe(path.join(site, '新闻'))
    expect(JSON.stringify(listing)).not.toContain('dibao')
    expect(listing.more).toBe(0)
    expect(listing.crumbs[0]).toEqual({ name: '根目录', path: '/' })
    expect(listing.crumbs.at(-1)).toEqual({ name: 'site', path: site })
    expect(listing.crumbs.map((c) => c.path)).toContain(tree)
    expect(listing.roots).toEqual([
      { name: '主文件夹', path: os.homedir() },
      { name: '根目录', path: '/' },
    ])
    // without a path: the home folder; at the root there is no 上一级
    expect((await call('sweep.folders', {})).path).toBe(os.homedir())
    expect((await call('sweep.folders', { path: '/' })).parent).toBeNull()
    // a path with .. is resolved, not used as written
    expect((await call('sweep.folders', { path: path.join(site, '新闻', '..', '..') })).path).toBe(tree)
  })

  it('refuses what is not a folder to list, by name, and anyone but a drafter or an administrator', async () => {
    await signIn(people.drafter)
    expect((await refusal('sweep.folders', { path: 'site' })).message).toContain('不是完整路径')
    const missing = await refusal('sweep.folders', { path: path.join(tree, 'gone') })
    expect(missing).toMatchObject({ code: 'not_found' })
    expect(missing.message).toContain(path.join(tree, 'gone'))
    expect((await refusal('sweep.folders', { path: path.join(tree, 'site/dibao.html') })).message).toContain('不是文件夹')
    expect((await refusal('sweep.folders', { path: `${tree}\u0000/etc` })).code).toBe('invalid_request')
    expect((await refusal('sweep.folders', { path: '' })).code).toBe('invalid_request')
    expect((await refusal('sweep.folders', { path: tree, extra: 1 } as never)).code).toBe('invalid_request')
    expect((await refusal('sweep.folders', { path: 'x'.repeat(5000) })).code).toBe('invalid_request')
    // the desktop app's dialog does not exist here
    expect((await refusal('sweep.chooseFolder', {})).message).toContain('没有系统的选择文件夹对话框')
    await signIn(people.reviewer)
    expect((await refusal('sweep.folders', { path: tree })).code).toBe('forbidden')
    await call('session.signOut', {})
    expect((await refusal('sweep.folders', {})).code).toBe('forbidden')
  })

  it('names at most the listing limit of subfolders and counts the rest', async () => {
    const many = tempDir('sweep-folders-many-')
    for (let i = 0; i < folderListLimit + 3; i++) fs.mkdirSync(path.join(many, `d${i}`))
    const listing = await listFolders(many)
    expect(listing.folders).toHaveLength(folderListLimit)
    expect(listing.more).toBe(3)
  })
})

describe('sweep.chooseFolder (the desktop app)', () => {
  const open = async (chooseFolder: () => Promise<string | undefined>): Promise<Core> => openCore({ dataDir: tempDir('sweep-choose-'), shell: 'electron', chooseFolder })

  it('answers the folder the system dialog chose, checked; null when cancelled; never lists folders itself', async () => {
    const answers: (string | undefined)[] = [path.join(tree, 'site', '新闻'), undefined, path.join(tree, 'site/dibao.html'), 'relative/path']
    const desktop = await open(() => Promise.resolve(answers.shift()))
    try {
      const { call: desk, refusal: refused } = handlerCalls(() => desktop)
      expect(await desk('sweep.chooseFolder', {})).toEqual({ folder: path.join(tree, 'site', '新闻') })
      expect(await desk('sweep.chooseFolder', {})).toEqual({ folder: null })
      expect((await refused('sweep.chooseFolder', {})).message).toContain('不是文件夹')
      expect((await refused('sweep.chooseFolder', {})).message).toContain('不是完整路径')
      expect((await refused('sweep.chooseFolder', { folder: '/etc' } as never)).code).toBe('invalid_request')
      expect((await refused('sweep.folders', { path: tree })).message).toContain('系统的选择文件夹对话框')
    } finally {
      desktop.close()
    }
  })
})
