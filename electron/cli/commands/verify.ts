import { msg } from '../../../shared/bundle/verify-messages'
import { verifyBundleZip } from '../../services/bundle/index'
import { parse, requireString } from '../args'
import { readFileBytes, readTextFile } from '../files'
import { CliError, exitCodes, printJson, type Output } from '../io'

export const verifyUsage = 'verify BUNDLE.zip --trust trust.json [--json]'

/**
 * Offline verification of a signed bundle against a trust list (contracts.md §2): exit 0 only when
 * every check passes, 1 when any fails (the publisher must not put it online), 2 for unreadable input.
 */
export function verifyCommand(args: string[], output: Output): number {
  const { values, positionals } = parse(args, { trust: { type: 'string' } })
  const [bundlePath, extra] = positionals
  if (!bundlePath) throw new CliError(`missing BUNDLE.zip; usage: ${verifyUsage}`)
  if (extra !== undefined) throw new CliError(`unexpected argument: ${extra}`)
  const trustPath = requireString(values.trust, '--trust')
  const zip = readFileBytes(bundlePath)
  const trustText = readTextFile(trustPath)
  let trust: unknown
  try {
    trust = JSON.parse(trustText)
  } catch {
    throw new CliError(`${trustPath}: not a JSON trust list`)
  }
  const result = verifyBundleZip(zip, trust, { now: new Date() })
  if (values.json) {
    printJson(output, {
      path: bundlePath,
      ok: result.ok,
      checks: result.checks.map((c) => ({ id: c.id, ok: c.ok, reason: c.reason })),
      warnings: result.warnings.map((w) => ({ id: w.id, reason: w.reason })),
      unsigned: result.unsigned,
    })
  } else {
    output.out(`${bundlePath}: ${result.ok ? '验证通过 (verified)' : '验证未通过 (NOT verified)'}`)
    for (const check of result.checks) output.out(`  ${check.ok ? '✓' : '✗'} ${check.id.padEnd(20)} ${check.reason['zh-CN']} (${check.reason.en})`)
    // warnings and unsigned files never fail verification: marked ⚠ and ·, never ✗
    for (const warning of result.warnings) output.out(`  ⚠ ${warning.id.padEnd(20)} ${warning.reason['zh-CN']} (${warning.reason.en})`)
    if (result.unsigned.length > 0) {
      const note = msg.unsignedFiles(result.unsigned)
      output.out(`  · ${'unsigned'.padEnd(20)} ${note['zh-CN']} (${note.en})`)
    }
  }
  return result.ok ? exitCodes.ok : exitCodes.actionNeeded
}
