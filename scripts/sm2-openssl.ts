/**
 * The OpenSSL side of the SM2 cross-check, shared by scripts/sm2-vectors.ts (which writes the committed vectors)
 * and test/unit/shared/crypto/sm2.test.ts (which re-checks our signatures when `openssl` is on PATH).
 * OpenSSL ≥ 3.0 signs SM2 with SM3 over ZA ‖ M when given `-rawin -digest sm3 -pkeyopt distid:ID`.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export const DEFAULT_DISTID = '1234567812345678'

// SubjectPublicKeyInfo { id-ecPublicKey, namedCurve SM2 (1.2.156.10197.1.301) } BIT STRING header, then 04 ‖ x ‖ y.
const spkiPrefix = Buffer.from('3059301306072a8648ce3d020106082a811ccf5501822d034200', 'hex')
// SEC1 ECPrivateKey as `openssl ec -outform DER` writes it for SM2: version 1, d, [0] curve, [1] public key.
const sec1Head = Buffer.from('30770201010420', 'hex')
const sec1Middle = Buffer.from('a00a06082a811ccf5501822da144034200', 'hex')

/** The OpenSSL version line, or null when there is no `openssl` that knows SM2 on PATH. */
export function opensslWithSm2(): string | null {
  const probe = spawnSync('openssl', ['ecparam', '-name', 'SM2', '-noout'], { stdio: 'ignore' })
  if (probe.error || probe.status !== 0) return null
  return execFileSync('openssl', ['version']).toString().trim()
}

/** A PEM public key OpenSSL reads for a raw 65-byte SM2 public key. */
export function publicKeyPem(publicKey: Uint8Array): string {
  const der = Buffer.concat([spkiPrefix, publicKey])
  return `-----BEGIN PUBLIC KEY-----\n${der.toString('base64').replace(/.{64}/g, '$&\n')}\n-----END PUBLIC KEY-----\n`
}

/** A fresh SM2 key from `openssl genpkey`: its PEM, private scalar and raw public key. */
export function opensslGenerateKey(dir: string, name: string): { pemFile: string; privateKey: Uint8Array; publicKey: Uint8Array } {
  const pemFile = path.join(dir, `${name}.pem`)
  execFileSync('openssl', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:SM2', '-out', pemFile])
  const der = execFileSync('openssl', ['ec', '-in', pemFile, '-outform', 'DER'], { stdio: ['ignore', 'pipe', 'ignore'] })
  const ok = der.length === 121 && der.subarray(0, 7).equals(sec1Head) && der.subarray(39, 56).equals(sec1Middle)
  if (!ok) throw new Error('unexpected SEC1 layout from openssl ec')
  return { pemFile, privateKey: new Uint8Array(der.subarray(7, 39)), publicKey: new Uint8Array(der.subarray(56)) }
}

/** OpenSSL's SM2 signature (DER) of `message` with the key in `pemFile`. */
export function opensslSign(dir: string, pemFile: string, message: Uint8Array, distid = DEFAULT_DISTID): Uint8Array {
  const msgFile = path.join(dir, 'message.bin')
  const sigFile = path.join(dir, 'signature.der')
  fs.writeFileSync(msgFile, message)
  execFileSync('openssl', ['pkeyutl', '-sign', '-inkey', pemFile, '-rawin', '-digest', 'sm3', '-pkeyopt', `distid:${distid}`, '-in', msgFile, '-out', sigFile])
  return new Uint8Array(fs.readFileSync(sigFile))
}

/** Whether OpenSSL accepts `signature` (DER) of `message` by the raw public key. */
export function opensslVerify(dir: string, publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array, distid = DEFAULT_DISTID): boolean {
  const keyFile = path.join(dir, 'public.pem')
  const msgFile = path.join(dir, 'message.bin')
  const sigFile = path.join(dir, 'signature.der')
  fs.writeFileSync(keyFile, publicKeyPem(publicKey))
  fs.writeFileSync(msgFile, message)
  fs.writeFileSync(sigFile, signature)
  const run = spawnSync('openssl', ['pkeyutl', '-verify', '-pubin', '-inkey', keyFile, '-rawin', '-digest', 'sm3', '-pkeyopt', `distid:${distid}`, '-in', msgFile, '-sigfile', sigFile], {
    encoding: 'utf8',
  })
  // pkeyutl exits 1 on a bad signature; only its own success line counts as acceptance
  return run.status === 0 && run.stdout.includes('Signature Verified Successfully')
}
