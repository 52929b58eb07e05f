import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

// The packaging config is written but not run here (no Electron binary on this machine); this test
// keeps its security-relevant keys from drifting, the fuses above all.

const root = path.resolve(import.meta.dirname, '../..')
const config = parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>

function section(value: unknown): Record<string, unknown> {
  expect(value).toBeTypeOf('object')
  expect(value).not.toBeNull()
  return value as Record<string, unknown>
}

function targets(platform: unknown): string[] {
  const list = section(platform).target
  expect(Array.isArray(list)).toBe(true)
  return (list as Array<string | { target: string }>).map((entry) => (typeof entry === 'string' ? entry : entry.target))
}

describe('electron-builder.yml', () => {
  it('names the app and packs it into an asar archive', () => {
    expect(config.appId).toMatch(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/)
    expect(config.productName).toBe('Countersign')
    expect(config.asar).toBe(true)
    expect(config.publish).toBeNull()
  })

  it('ships the build output, the manifest and the runtime dependencies only', () => {
    const files = config.files as string[]
    expect(files).toEqual(expect.arrayContaining(['out/**', 'package.json', 'node_modules/**']))
    expect(files.filter((pattern) => !pattern.startsWith('!')).sort()).toEqual(['node_modules/**', 'out/**', 'package.json'])
  })

  it('flips every fuse to its safe position', () => {
    expect(section(config.electronFuses)).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('builds a Chinese NSIS installer that can install per user', () => {
    expect(targets(config.win)).toEqual(['nsis'])
    const nsis = section(config.nsis)
    expect(nsis.oneClick).toBe(false)
    expect(nsis.perMachine).toBe(false)
    expect(nsis.selectPerMachineByDefault).toBe(false)
    expect(nsis.installerLanguages).toEqual(['zh_CN'])
    expect(nsis.language).toBe('2052')
    expect(nsis.deleteAppDataOnUninstall).toBe(false)
  })

  it('builds a .deb in the Office category that pulls in the CJK fonts', () => {
    expect(targets(config.linux)).toEqual(['deb'])
    const linux = section(config.linux)
    expect(linux.category).toBe('Office')
    expect(linux.maintainer).toMatch(/<[^>]+@[^>]+>/)
    const depends = section(config.deb).depends as string[]
    expect(depends).toContain('fonts-noto-cjk')
    expect(depends).toContain('libnss3')
  })
})
