import fs from 'node:fs'
import path from 'node:path'
import { parse, requireString } from '../args'
import { requireActingAs } from '../auth'
import { withCore } from '../core'
import { CliError, printJson, type Output } from '../io'
import { refused } from './notice'

export const exportUsage = 'export ID --out FILE.zip --as LOGIN [--json]'

/** Writes the signed, redacted bundle of an approved notice (contracts §2). */
export async function exportCommand(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: 'string' } })
  const [id, extra] = positionals
  if (!id) throw new CliError('missing notice ID')
  if (extra !== undefined) throw new CliError(`unexpected argument: ${extra}`)
  const out = requireString(values.out, '--out')
  const dir = path.dirname(path.resolve(out))
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new CliError(`${out}: the folder ${dir} does not exist`)
  const actor = requireActingAs(values, 'who exports')
  const bundle = await withCore(values.data, (core) => refused(() => core.workflow.export(id, actor), id))
  writeAtomic(out, bundle.bytes)
  if (values.json) printJson(output, { id, out, sha256: bundle.sha256, bytes: bundle.bytes.length })
  else output.out(`已导出 exported ${out}\nSHA-256: ${bundle.sha256}`)
  return 0
}

/** Temp file then rename, so a publisher never picks up half a bundle that looks complete. */
function writeAtomic(file: string, bytes: Uint8Array): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`)
  try {
    fs.writeFileSync(tmp, bytes)
    fs.renameSync(tmp, file)
  } catch (error) {
    fs.rmSync(tmp, { force: true })
    throw new CliError(`${file}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
}
