import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import packageJson from '../../../package.json'
import { cliBuildIsFresh, cliDir, cliEntry, cliManifestFormat, ensureCli } from '../../../scripts/cli-build.mjs'
import { cli } from '../../support/cli'
import { tempDir } from '../../support/temp-dir'

// The CLI runs as an esbuild bundle (out/cli) only while out/cli/manifest.json matches the files it was built
// from; anything else is rebuilt first. The real build is checked here, and the staleness rule on a manifest
// of temporary files (a test must not edit the real sources under other tests running in parallel).

type Manifest = { format: string; inputs: { path: string; size: number; mtimeMs: number; sha256: string }[]; outputs: { path: string; size: number }[] }

const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex')

describe('the built CLI', () => {
  it('is fresh after ensureCli, built from the CLI and the shared code it uses, and runs', async () => {
    expect(await ensureCli()).toBe(cliEntry)
    expect(cliBuildIsFresh()).toBe(true)
    const manifest = JSON.parse(fs.readFileSync(path.join(cliDir, 'manifest.json'), 'utf8')) as Manifest
    const inputs = manifest.inputs.map((input) => input.path)
    expect(inputs).toEqual(expect.arrayContaining(['electron/cli/main.ts', 'electron/cli/commands/scan.ts', 'shared/pii/index.ts', 'package.json', 'scripts/cli-build.mjs']))
    // the import and sweep workers sit beside the entry, where run-import.ts and run-sweep.ts look for them
    expect(manifest.outputs.map((output) => output.path)).toEqual(expect.arrayContaining(['out/cli/countersign.js', 'out/cli/import-worker.js', 'out/cli/sweep-worker.js']))
    const { run } = (await import(pathToFileURL(cliEntry).href)) as { run: (argv: string[], output: { out(t: string): void; err(t: string): void }) => Promise<number> }
    const lines: string[] = []
    expect(await run(['--version'], { out: (t) => void lines.push(t), err: (t) => void lines.push(t) })).toBe(0)
    expect(lines).toEqual([packageJson.version])
    // and bin/countersign.mjs, the entry point, gives the same answer
    expect((await cli(['--version'])).stdout.trim()).toBe(packageJson.version)
  })
})

describe('the staleness check', () => {
  function world(): { dir: string; manifest: string; source: string; output: string } {
    const dir = tempDir()
    const source = path.join(dir, 'src.ts')
    const output = path.join(dir, 'out.js')
    fs.writeFileSync(source, 'export const a = 1\n')
    fs.writeFileSync(output, 'export const a = 1;\n')
    const stat = fs.statSync(source)
    const manifest = path.join(dir, 'manifest.json')
    const content: Manifest = {
      format: cliManifestFormat,
      inputs: [{ path: 'src.ts', size: stat.size, mtimeMs: stat.mtimeMs, sha256: sha256(fs.readFileSync(source)) }],
      outputs: [{ path: 'out.js', size: fs.statSync(output).size }],
    }
    fs.writeFileSync(manifest, JSON.stringify(content))
    return { dir, manifest, source, output }
  }

  it('holds a build fresh while every input is as built, also when only its mtime moved', () => {
    const w = world()
    expect(cliBuildIsFresh(w.manifest, w.dir)).toBe(true)
    const later = new Date(Date.now() + 60_000)
    fs.utimesSync(w.source, later, later)
    expect(cliBuildIsFresh(w.manifest, w.dir)).toBe(true)
  })

  it('calls a build stale when a source changed, even at the same size', () => {
    const w = world()
    fs.writeFileSync(w.source, 'export const a = 2\n')
    expect(cliBuildIsFresh(w.manifest, w.dir)).toBe(false)
  })

  it('calls a build stale when a source grew, went missing, or an output is missing or changed', () => {
    const grown = world()
    fs.appendFileSync(grown.source, '// more\n')
    expect(cliBuildIsFresh(grown.manifest, grown.dir)).toBe(false)
    const gone = world()
    fs.rmSync(gone.source)
    expect(cliBuildIsFresh(gone.manifest, gone.dir)).toBe(false)
    const noOutput = world()
    fs.rmSync(noOutput.output)
    expect(cliBuildIsFresh(noOutput.manifest, noOutput.dir)).toBe(false)
    const truncated = world()
    fs.writeFileSync(truncated.output, '')
    expect(cliBuildIsFresh(truncated.manifest, truncated.dir)).toBe(false)
  })

  it('calls a build stale without a manifest, or with one of another format or unreadable', () => {
    const w = world()
    expect(cliBuildIsFresh(path.join(w.dir, 'none.json'), w.dir)).toBe(false)
    fs.writeFileSync(w.manifest, '{"format":"other","inputs":[],"outputs":[]}')
    expect(cliBuildIsFresh(w.manifest, w.dir)).toBe(false)
    fs.writeFileSync(w.manifest, '{ not json')
    expect(cliBuildIsFresh(w.manifest, w.dir)).toBe(false)
  })
})
