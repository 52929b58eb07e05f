import fs from 'node:fs'
import path from 'node:path'
import { parse, requireString } from '../args'
import { withCore } from '../core'
import { CliError, printJson, type Output } from '../io'

export const trustUsage = 'trust export --out trust.json [--office NAME]   (public keys of this office, revoked ones included)'

export async function trustCommand(args: string[], output: Output): Promise<number> {
  const [sub, ...rest] = args
  if (sub !== 'export') throw new CliError(`unknown trust command: ${sub ?? '(none)'}; try: ${trustUsage}`)
  const { values, positionals } = parse(rest, { out: { type: 'string' }, office: { type: 'string' } })
  if (positionals.length) throw new CliError(`unexpected argument: ${positionals[0] ?? ''}`)
  const out = requireString(values.out, '--out')
  const result = await withCore(values.data, (core) => {
    const list = core.trust.build(values.office)
    const text = core.trust.serialise(list)
    writeAtomically(out, text)
    return { list, ...core.trust.exported(list, text) }
  })
  const summary = { out, office: result.list.office, keys: result.list.keys.length, sha256: result.sha256 }
  if (values.json) printJson(output, summary)
  else {
    const office = summary.office === '' ? '（未设置单位名称 no office name: pass --office NAME once）' : summary.office
    output.out(`已导出信任列表 trust list written: ${out}\n单位 office: ${office}\n密钥 keys: ${summary.keys}\nsha256: ${summary.sha256}`)
  }
  return 0
}

/** Temp file + rename, so a verifier never picks up half a trust list. */
function writeAtomically(file: string, text: string): void {
  const temp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.tmp`)
  try {
    fs.writeFileSync(temp, text, { flag: 'w' })
    fs.renameSync(temp, file)
  } catch (error) {
    fs.rmSync(temp, { force: true })
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'no such directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : 'cannot be written'
    throw new CliError(`${file}: ${reason}`)
  }
}
