import { describe, expect, it } from 'vitest'
import { driveRoots } from '../../../../../electron/services/sweep/folder-browser'

// 选择文件夹's tops of the tree, the Windows branch run on any machine: a probe stands in for the drives.

describe('driveRoots', () => {
  it('on Windows probes every drive from A: to Z: and lists the readable ones in order', async () => {
    const probed: string[] = []
    const readable = new Set(['A:\\', 'C:\\', 'D:\\', 'Z:\\'])
    const roots = await driveRoots('win32', (root) => {
      probed.push(root)
      return Promise.resolve(readable.has(root))
    })
    expect(probed).toHaveLength(26)
    expect(new Set(probed)).toEqual(new Set('ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((l) => `${l}:\\`)))
    expect(roots).toEqual([
      { name: 'A: 盘', path: 'A:\\' },
      { name: 'C: 盘', path: 'C:\\' },
      { name: 'D: 盘', path: 'D:\\' },
      { name: 'Z: 盘', path: 'Z:\\' },
    ])
  })

  it('skips a drive whose probe refuses or throws, never failing the listing', async () => {
    const roots = await driveRoots('win32', (root) => {
      if (root === 'C:\\') return Promise.resolve(true)
      if (root === 'D:\\') return Promise.reject(new Error('EPERM'))
      if (root === 'E:\\') throw new Error('EBUSY')
      return Promise.resolve(false)
    })
    expect(roots).toEqual([{ name: 'C: 盘', path: 'C:\\' }])
  })

  it('lists no drive when none can be read', async () => {
    expect(await driveRoots('win32', () => Promise.resolve(false))).toEqual([])
  })

  it('elsewhere gives the root of the home folder and probes nothing', async () => {
    let probes = 0
    const roots = await driveRoots(
      'linux',
      () => {
        probes++
        return Promise.resolve(true)
      },
      '/home/office',
    )
    expect(roots).toEqual([{ name: '根目录', path: '/' }])
    expect(probes).toBe(0)
  })
})
