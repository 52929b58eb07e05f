import { parse, requireString } from '../args'
import { requireActingAs } from '../auth'
import { withCore } from '../core'
import { cliFrontDoor } from '../front-door'
import { readTextFile } from '../files'
import { CliError, printJson, type Output } from '../io'
import { writeFileAtomic } from '../write-file'
import { refused } from '../refused'

export const trustUsage = [
  'trust export --out trust.json [--office NAME]   (public keys of this office on this machine and its other machines, revoked ones included)',
  'trust import FILE.json [--preview] --as ADMIN    (trust another machine or office; prints the fingerprints to compare in person)',
].join('\n')

export async function trustCommand(args: string[], output: Output): Promise<number> {
  const [sub, ...rest] = args
  if (sub === 'import') return trustImport(rest, output)
  if (sub !== 'export') throw new CliError(`unknown trust command: ${sub ?? '(none)'}; try:\n${trustUsage}`)
  const { values, positionals } = parse(rest, { out: { type: 'string' }, office: { type: 'string' } })
  if (positionals.length) throw new CliError(`unexpected argument: ${positionals[0] ?? ''}`)
  const out = requireString(values.out, '--out')
  const result = await withCore(values.data, (core) => {
    const list = core.trustStore.officeList(values.office)
    const text = core.trust.serialise(list)
    writeFileAtomic(out, text)
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

/** Imports a trust list after showing what it holds; `--preview` only shows. */
async function trustImport(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parse(args, { preview: { type: 'boolean', default: false } })
  const [file, extra] = positionals
  if (!file) throw new CliError('missing FILE.json')
  if (extra !== undefined) throw new CliError(`unexpected argument: ${extra}`)
  const json = readTextFile(file)
  const actor = values.preview ? undefined : requireActingAs(values, 'an admin imports trust lists')
  const preview = await withCore(values.data, (core) =>
    refused(async () => {
      const shown = core.trustStore.preview(json)
      // the app's 导入 after its preview: the administrator's own handler and check
      if (actor) await (await cliFrontDoor(core, actor)).call('trust.import', { json, sha256: shown.sha256 })
      return shown
    }).catch((error: unknown) => {
      throw error instanceof CliError ? new CliError(`${file}: ${error.message}`, error.exitCode) : error
    }),
  )
  if (values.json) {
    printJson(output, { file, imported: actor !== undefined, ...preview })
    return 0
  }
  output.out(`${actor ? '已导入 imported' : '预览 preview'}: ${preview.office}  (sha256 ${preview.sha256})`)
  output.out('请与对方当面核对以下指纹 (compare these fingerprints in person):')
  for (const key of preview.keys) output.out(`  ${key.fingerprint}  ${key.name}  ${key.roles.join(',')}  ${key.state}${key.revokedAt ? ` revoked ${key.revokedAt} (${key.revocationReason === 'superseded' ? '已更替 superseded' : '已泄露 compromised'})` : ''}`)
  if (preview.replaces) output.out(`替换旧列表 replaces the earlier list: +${preview.added.length} −${preview.removed.length}, newly revoked ${preview.newlyRevoked.length}`)
  return 0
}
