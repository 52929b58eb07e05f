// The command line as built JavaScript: esbuild bundles electron/cli/main.ts (and the import worker) into
// out/cli/, and writes out/cli/manifest.json naming every file the bundle was built from with its size,
// mtime and SHA-256. bin/countersign.mjs runs the bundle only while the manifest still matches the files
// (a few hundred stat calls); otherwise it rebuilds first, so a stale build is never run. `npm install`
// builds it once (the `prepare` script); nobody has to run anything by hand.
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

export const root = path.resolve(import.meta.dirname, '..')
export const cliDir = path.join(root, 'out', 'cli')
export const cliEntry = path.join(cliDir, 'countersign.js')
const manifestFile = path.join(cliDir, 'manifest.json')
export const cliManifestFormat = 'countersign-cli-build/v1'
/** Read by the bundle only through createRequire at run time: sql.js finds its wasm beside itself, playwright-core its browsers. */
const runtimeExternal = ['sql.js', 'playwright-core', 'electron', 'pdfjs-dist']
/** Besides the bundle's own inputs: a change to how it is built is a change too. */
const buildInputs = ['scripts/cli-build.mjs']

// node:crypto is loaded only when a hash is needed: the freshness check of every CLI call needs none
// while the files keep their recorded mtimes, and loading it costs a start-up several milliseconds.
const sha256 = (bytes) => process.getBuiltinModule('node:crypto').createHash('sha256').update(bytes).digest('hex')

/**
 * Whether out/cli holds a bundle built from exactly the files now on disk. `manifest` and `base` (the
 * folder its paths are relative to) are for tests.
 */
export function cliBuildIsFresh(manifestPath = manifestFile, base = root) {
  let manifest
  try {
    manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'))
  } catch {
    return false
  }
  if (manifest?.format !== cliManifestFormat || !Array.isArray(manifest.inputs) || !Array.isArray(manifest.outputs)) return false
  for (const output of manifest.outputs) {
    const stat = fs.statSync(path.join(base, output.path), { throwIfNoEntry: false })
    if (!stat || stat.size !== output.size) return false
  }
  for (const input of manifest.inputs) {
    const file = path.join(base, input.path)
    const stat = fs.statSync(file, { throwIfNoEntry: false })
    if (!stat || stat.size !== input.size) return false
    // Same size, other mtime (a checkout, a touch): the content decides.
    if (stat.mtimeMs !== input.mtimeMs && sha256(fs.readFileSync(file)) !== input.sha256) return false
  }
  return true
}

/** Writes a file so that a reader sees the old or the new bytes, never half of them. */
function writeAtomically(file, bytes) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  fs.writeFileSync(temp, bytes)
  fs.renameSync(temp, file)
}

/**
 * Bundles the CLI with esbuild. Commands load on demand (code splitting), so `--version` reads little and
 * `verify` never loads the PII engine. Throws when esbuild is missing or the sources do not compile.
 */
export async function buildCli() {
  const esbuild = await import('esbuild')
  const started = Date.now()
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: {
      countersign: 'electron/cli/main.ts',
      // run-import.ts looks for ./import-worker.js (or ../) beside the code that starts it
      'import-worker': 'electron/services/import/import-worker.ts',
      // run-sweep.ts looks for ./sweep-worker.js (or ../) beside the code that starts it
      'sweep-worker': 'electron/services/sweep/sweep-worker.ts',
    },
    outdir: path.relative(root, cliDir),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    external: runtimeExternal,
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  })
  const outputs = []
  const entries = []
  for (const file of result.outputFiles) {
    const relative = path.relative(root, file.path)
    const record = { path: relative, size: file.contents.byteLength }
    outputs.push(record)
    // chunks first, entries last: a CLI started meanwhile finds every chunk its entry names
    if (path.dirname(file.path) === cliDir) entries.push(file)
    else writeAtomically(file.path, file.contents)
  }
  for (const file of entries) writeAtomically(file.path, file.contents)
  const inputs = []
  for (const name of [...Object.keys(result.metafile.inputs), ...buildInputs].sort()) {
    const file = path.join(root, name)
    const stat = fs.statSync(file)
    inputs.push({ path: name, size: stat.size, mtimeMs: stat.mtimeMs, sha256: sha256(fs.readFileSync(file)) })
  }
  writeAtomically(manifestFile, `${JSON.stringify({ format: cliManifestFormat, esbuild: esbuild.version, builtAt: new Date().toISOString(), inputs, outputs }, null, 1)}\n`)
  removeOldChunks(new Set(outputs.map((o) => path.join(root, o.path))))
  return { outputs, inputs: inputs.length, ms: Date.now() - started }
}

/** Chunks of earlier builds, once no CLI started before the rebuild can still be loading them. */
function removeOldChunks(keep) {
  const dir = path.join(cliDir, 'chunks')
  const hourAgo = Date.now() - 3_600_000
  for (const name of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, name.name)
    if (!name.isFile() || keep.has(file)) continue
    const stat = fs.statSync(file, { throwIfNoEntry: false })
    if (stat && stat.mtimeMs < hourAgo) fs.rmSync(file, { force: true })
  }
}

/**
 * The path of a fresh CLI bundle, building it first when it is missing or stale; undefined when it cannot
 * be built here (no esbuild, say in a production-only install, or sources that do not compile): the
 * caller then runs the TypeScript sources through tsx, which reports any compile error itself.
 */
export async function ensureCli() {
  if (cliBuildIsFresh()) return cliEntry
  try {
    await buildCli()
    return cliEntry
  } catch {
    return undefined
  }
}

// `node scripts/cli-build.mjs` (npm's `prepare`): build now. A failure never fails `npm install`: the CLI
// then retries on first use, or runs from the sources.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const { outputs, inputs, ms } = await buildCli()
    const bytes = outputs.reduce((sum, o) => sum + o.size, 0)
    process.stdout.write(`countersign CLI built: ${path.relative(root, cliEntry)} (${outputs.length} files, ${Math.round(bytes / 1024)} KB, from ${inputs} sources) in ${ms} ms\n`)
  } catch (error) {
    process.stderr.write(`countersign CLI not built (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); it will run from the TypeScript sources\n`)
  }
}
