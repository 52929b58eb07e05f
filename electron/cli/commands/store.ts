import { openCore } from '../../services/core'
import { resolveDataDir } from '../../services/common/data-dir'
import { StoreCorruptError } from '../../services/store/index'
import { parse } from '../args'
import { CliError, exitCodes, printJson, type Output } from '../io'

export const storeUsage = 'store recover --data DIR [--json]   (drop a damaged journal\'s unreadable saves; says how many)'

const storeHelp = `usage: node bin/countersign.mjs ${storeUsage}
When a journal holds unreadable records in its middle, Countersign refuses to start — every time, with the
same message — rather than run without the saves after them. \`store recover\` is the explicit choice to give
those saves up: the damaged journal is moved to store/quarantine/ untouched, its readable part becomes the
journal, and what was dropped (how many saves, after which record) is written to the start-up notes. Nothing
is done when the store opens normally, or when its damage is of a kind recovery cannot help with.`

/** `store recover`: the command-line form of the recovery screen's button. */
export async function storeCommand(args: string[], output: Output): Promise<number> {
  const [sub, ...rest] = args
  if (sub === undefined || sub === '--help' || sub === '-h') {
    output.out(storeHelp)
    return sub === undefined ? exitCodes.usage : exitCodes.ok
  }
  if (sub !== 'recover') throw new CliError(`unknown store command: ${sub}; usage: ${storeUsage}`)
  const { values, positionals } = parse(rest, {})
  if (values.help) {
    output.out(storeHelp)
    return exitCodes.ok
  }
  if (positionals.length) throw new CliError(`unexpected argument: ${positionals[0]}`)
  const dataDir = resolveDataDir(values.data)
  // first as any start would: a store that opens needs nothing, and the refusal says what recovery costs
  try {
    const core = await openCore({ dataDir, shell: 'cli' })
    core.close()
    if (values.json) printJson(output, { dataDir, recovered: false })
    else output.out(`${dataDir}: 数据完好，无需恢复 (the store opens normally; nothing to recover)`)
    return exitCodes.ok
  } catch (error) {
    if (!(error instanceof StoreCorruptError) || !error.loss) throw error
  }
  const core = await openCore({ dataDir, shell: 'cli', acceptJournalLoss: true })
  const notes = [...core.store.recovery]
  core.close()
  const dropped = notes.filter((n) => n.includes('dropped the'))
  if (values.json) printJson(output, { dataDir, recovered: true, notes })
  else for (const note of dropped.slice(-1)) output.out(note)
  return exitCodes.ok
}
