import { msg } from '../../../shared/bundle/verify-messages'
import { verifyReasonText, type VerifyReason } from '../../../shared/bundle/verify-reasons'
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
      // reason: both languages, as always; reasons: the same as catalogue codes and parameters, for programs
      checks: result.checks.map((c) => ({ id: c.id, ok: c.ok, reason: verifyReasonText(c.reasons), reasons: c.reasons })),
      warnings: result.warnings.map((w) => ({ id: w.id, reason: verifyReasonText(w.reasons), reasons: w.reasons })),
      unsigned: result.unsigned,
    })
  } else {
    const verdict = verifyReasonText([{ code: result.ok ? 'verified' : 'notVerified', params: {} }])
    output.out(`${bundlePath}: ${verdict['zh-CN']} (${verdict.en})`)
    for (const check of result.checks) output.out(line(check.ok ? '✓' : '✗', check.id, check.reasons))
    // warnings and unsigned files never fail verification: marked ⚠ and ·, never ✗
    for (const warning of result.warnings) output.out(line('⚠', warning.id, warning.reasons))
    if (result.unsigned.length > 0) output.out(line('·', 'unsigned', [msg.unsignedFiles(result.unsigned)]))
  }
  return result.ok ? exitCodes.ok : exitCodes.actionNeeded
}

/** One line of the human output: the mark, the check's id, and its reasons as `中文 (English)`. */
function line(mark: string, id: string, reasons: readonly VerifyReason[]): string {
  const text = verifyReasonText(reasons)
  return `  ${mark} ${id.padEnd(20)} ${text['zh-CN']} (${text.en})`
}
