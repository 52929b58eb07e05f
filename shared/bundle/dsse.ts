import { z } from 'zod'
import { base64Decode, base64Encode } from '../crypto/base64'
import { concatBytes, utf8Decode, utf8Encode } from '../crypto/bytes'
import { canonicalBytes } from './jcs'

/**
 * DSSE v1 (Dead Simple Signing Envelope, secure-systems-lab/dsse). The signature covers the pre-authentication
 * encoding of (payloadType, payload), never the JSON around it, so re-serialising an envelope cannot change
 * what was signed and the payload type cannot be swapped without breaking the signature.
 */

/** The payload type of every Countersign envelope: an in-toto Statement. */
export const PAYLOAD_TYPE = 'application/vnd.in-toto+json'

/** Envelope files are small (a statement over a handful of files); anything larger is not ours. */
export const MAX_ENVELOPE_BYTES = 1_000_000

export const envelopeSchema = z.object({
  payload: z.string(),
  payloadType: z.string().min(1).max(200),
  signatures: z
    .array(z.object({ keyid: z.string().max(200).optional(), sig: z.string().max(1000) }))
    .min(1)
    .max(16),
})

/**
 * A DSSE envelope as stored in `attest/*.dsse.json`: payload and signatures base64 encoded; each signature's
 * `keyid` names a trust-list key (hex SHA-256 of its raw public key).
 */
export type Envelope = z.infer<typeof envelopeSchema>

/** PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body, lengths as ASCII decimal byte counts. */
export function pae(payloadType: string, payload: Uint8Array): Uint8Array {
  const type = utf8Encode(payloadType)
  const head = utf8Encode(`DSSEv1 ${type.length} ${payloadType} ${payload.length} `)
  return concatBytes(head, payload)
}

/** An envelope around `payload` with signatures already computed over `pae(payloadType, payload)`. */
export function makeEnvelope(payloadType: string, payload: Uint8Array, signatures: readonly { keyid: string; sig: Uint8Array }[]): Envelope {
  return {
    payload: base64Encode(payload),
    payloadType,
    signatures: signatures.map((s) => ({ keyid: s.keyid, sig: base64Encode(s.sig) })),
  }
}

/** The file bytes of an envelope: canonical JSON, so the same signature always gives the same file and digest. */
export function envelopeBytes(envelope: Envelope): Uint8Array {
  return canonicalBytes(envelope)
}

/** Why an envelope file could not be read. */
export type EnvelopeProblem = 'too-large' | 'not-utf8' | 'not-json' | 'not-envelope' | 'bad-base64'

/** A parsed envelope with its payload decoded. */
export type ParsedEnvelope = { envelope: Envelope; payload: Uint8Array }

/** Parses envelope file bytes without trusting them: size, UTF-8, JSON, shape and base64 are all checked. */
export function parseEnvelope(bytes: Uint8Array): { ok: true; value: ParsedEnvelope } | { ok: false; problem: EnvelopeProblem } {
  if (bytes.length > MAX_ENVELOPE_BYTES) return { ok: false, problem: 'too-large' }
  let text: string
  try {
    text = utf8Decode(bytes)
  } catch {
    return { ok: false, problem: 'not-utf8' }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, problem: 'not-json' }
  }
  const parsed = envelopeSchema.safeParse(json)
  if (!parsed.success) return { ok: false, problem: 'not-envelope' }
  try {
    return { ok: true, value: { envelope: parsed.data, payload: base64Decode(parsed.data.payload) } }
  } catch {
    return { ok: false, problem: 'bad-base64' }
  }
}
