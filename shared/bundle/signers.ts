import { z } from 'zod'
import { canonicalBytes } from './jcs'
import { refinePublicKey, trustKeyFields } from './trust'

/**
 * `keys/signers.json`: the two signers' public keys, shipped for convenience (a reader can see who signed without
 * the trust list). It is never used to verify: a forger would simply ship their own key here.
 */

export const SIGNERS_FORMAT = 'countersign-signers/v1'

export const signerEntrySchema = trustKeyFields
  .pick({ keyid: true, alg: true, publicKey: true, personId: true, name: true })
  .extend({ role: z.enum(['drafter', 'reviewer']) })
  .superRefine(refinePublicKey)
/** One signer's public key and the role they signed in; a signer with an SM2 co-signature has two entries. */
export type SignerEntry = z.infer<typeof signerEntrySchema>

export const signersFileSchema = z.object({
  format: z.literal(SIGNERS_FORMAT),
  note: z.object({ 'zh-CN': z.string(), en: z.string() }),
  signers: z.array(signerEntrySchema).max(16),
})
/** The content of keys/signers.json. */
export type SignersFile = z.infer<typeof signersFileSchema>

const note = {
  'zh-CN': '仅供查看：验证只信任验证方自己的信任列表（trust.json），不信任本文件中的公钥。',
  en: 'For information only: verification trusts only the verifier’s own trust list (trust.json), never the keys in this file.',
}

/** The bytes of keys/signers.json (canonical JSON, signers in role order drafter → reviewer, Ed25519 before SM2). */
export function signersFileBytes(signers: readonly SignerEntry[]): Uint8Array {
  const order = { drafter: 0, reviewer: 1 }
  const algOrder = { ed25519: 0, sm2: 1 }
  const list = signers
    .map((s) => signerEntrySchema.parse(s))
    .sort((a, b) => order[a.role] - order[b.role] || algOrder[a.alg] - algOrder[b.alg] || (a.keyid < b.keyid ? -1 : 1))
  const file: SignersFile = { format: SIGNERS_FORMAT, note, signers: list }
  return canonicalBytes(file)
}
