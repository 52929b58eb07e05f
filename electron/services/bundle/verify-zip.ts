import { msg } from '../../../shared/bundle/verify-messages'
import type { VerifyReason } from '../../../shared/bundle/verify-reasons'
import { verifyBundle, type Check, type VerifyResult, type Warning } from '../../../shared/bundle/verify'
import { nodeDigests, verifyEd25519 } from './node-crypto'
import { readBundleZip, ZipError, type ZipLimits } from './zip'

/**
 * Verifies a bundle zip as received (what `countersign verify` needs): the strict bundle reader first (only what
 * the exporter writes, see readBundleZip), reported as the check 'zip', then every check of verifyBundle. A zip
 * the reader refuses fails with that one check, its reason naming what was found.
 */

/** A verification check of a bundle file: the archive check 'zip' and then the checks of verifyBundle. */
export type BundleFileCheck = { id: 'zip'; ok: boolean; reasons: VerifyReason[] } | Check

/**
 * The result of verifying a bundle file; `checks` starts with 'zip'. `warnings` never fail it; `unsigned` lists the
 * files present that no signature covers (keys/signers.json, VERIFY.txt), shown to people as unsigned.
 */
export type BundleFileResult = { ok: boolean; checks: BundleFileCheck[]; warnings: Warning[]; unsigned: string[] }

/** Reads and verifies a bundle zip against a trust list (parsed trust.json). Never throws for a bad bundle. */
export function verifyBundleZip(zip: Uint8Array, trust: unknown, options: { now?: Date; limits?: Partial<ZipLimits> } = {}): BundleFileResult {
  let files: Map<string, Uint8Array>
  try {
    files = readBundleZip(zip, options.limits)
  } catch (e) {
    if (!(e instanceof ZipError)) throw e
    return { ok: false, checks: [{ id: 'zip', ok: false, reasons: [msg.zipUnreadable(e.code, e.entry)] }], warnings: [], unsigned: [] }
  }
  const result: VerifyResult = verifyBundle({ files, trust, digest: nodeDigests, verifyEd25519, now: options.now })
  const zipOk: BundleFileCheck = { id: 'zip', ok: true, reasons: [msg.zipOk(files.size)] }
  return { ok: result.ok, checks: [zipOk, ...result.checks], warnings: result.warnings, unsigned: result.unsigned }
}
