import { parse, requireString } from '../args'
import { requireActingAs } from '../auth'
import { base64Decode } from '../../../shared/crypto/base64'
import { withCore } from '../core'
import { cliFrontDoor } from '../front-door'
import { CliError, printJson, type Output } from '../io'
import { writeFileAtomic } from '../write-file'
import { refused } from '../refused'

export const exportUsage = 'export ID --out FILE.zip --as LOGIN [--json]'

/** Writes the signed, redacted bundle of an approved notice (contracts §2). */
export async function exportCommand(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: 'string' } })
  const [id, extra] = positionals
  if (!id) throw new CliError('missing notice ID')
  if (extra !== undefined) throw new CliError(`unexpected argument: ${extra}`)
  const out = requireString(values.out, '--out')
  const actor = requireActingAs(values, 'who exports')
  // the app's 导出签名包: the same handler, the bundle as the app receives it
  const bundle = await withCore(values.data, (core) => refused(async () => (await cliFrontDoor(core, actor)).call('notice.export', { id }), id))
  const bytes = base64Decode(bundle.data)
  writeFileAtomic(out, bytes)
  if (values.json) printJson(output, { id, out, sha256: bundle.sha256, bytes: bytes.length })
  else output.out(`已导出 exported ${out}\nSHA-256: ${bundle.sha256}`)
  return 0
}
