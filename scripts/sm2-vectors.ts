/**
 * Writes test/fixtures/sm2/openssl-vectors.json: SM2/SM3 test vectors made by OpenSSL, for the unit test that
 * checks our pure-TypeScript SM2 against an independent implementation. Each vector holds a fresh OpenSSL key
 * (test-only, never used anywhere else), a message, OpenSSL's signature of it, and our signature, which OpenSSL
 * has verified before it is written. Needs `openssl` ≥ 3.0 with SM2 on PATH.
 * Run: node --import tsx scripts/sm2-vectors.ts
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { toHex, utf8Encode } from '../shared/crypto/bytes'
import { sm2KeyPairFromPrivateKey, sm2Sign, sm2Verify } from '../shared/crypto/sm2'
import { DEFAULT_DISTID, opensslGenerateKey, opensslSign, opensslVerify, opensslWithSm2 } from './sm2-openssl'

const out = path.resolve(import.meta.dirname, '..', 'test', 'fixtures', 'sm2', 'openssl-vectors.json')

/** 1000 bytes that are the same on every run, covering every byte value. */
function longMessage(): Uint8Array {
  const parts: Buffer[] = []
  for (let i = 0; parts.length * 32 < 1000; i++) parts.push(createHash('sha256').update(`sm2 vector ${i}`).digest())
  return new Uint8Array(Buffer.concat(parts).subarray(0, 1000))
}

const messages: Uint8Array[] = [
  new Uint8Array(0),
  utf8Encode('abc'),
  utf8Encode('message digest'),
  utf8Encode('低保公示：户主欧阳**，保障金额 500 元。'),
  utf8Encode('DSSEv1 28 application/vnd.in-toto+json 2 {}'),
  longMessage(),
]

function main(): void {
  const version = opensslWithSm2()
  if (!version) throw new Error('openssl with SM2 support is not on PATH')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sm2-vectors-'))
  try {
    const vectors = messages.map((message, i) => {
      const key = opensslGenerateKey(dir, `key-${i}`)
      // our public key from OpenSSL's private scalar must be OpenSSL's public key
      if (toHex(sm2KeyPairFromPrivateKey(key.privateKey).publicKey) !== toHex(key.publicKey)) throw new Error(`vector ${i}: public keys differ`)
      const opensslSignature = opensslSign(dir, key.pemFile, message)
      if (!sm2Verify(key.publicKey, message, opensslSignature)) throw new Error(`vector ${i}: our verify refuses OpenSSL's signature`)
      const ourSignature = sm2Sign(key.privateKey, message)
      if (!opensslVerify(dir, key.publicKey, message, ourSignature)) throw new Error(`vector ${i}: OpenSSL refuses our signature`)
      return {
        privateKey: toHex(key.privateKey),
        publicKey: toHex(key.publicKey),
        message: toHex(message),
        opensslSignature: toHex(opensslSignature),
        ourSignature: toHex(ourSignature),
      }
    })
    const fixture = {
      description: 'SM2 (GB/T 32918.2) on sm2p256v1 with SM3 and the default user ID; test-only keys. Regenerate with: node --import tsx scripts/sm2-vectors.ts',
      openssl: version,
      curve: 'sm2p256v1',
      userId: DEFAULT_DISTID,
      signatureEncoding: 'DER SEQUENCE { INTEGER r, INTEGER s }',
      vectors,
    }
    fs.mkdirSync(path.dirname(out), { recursive: true })
    fs.writeFileSync(out, `${JSON.stringify(fixture, null, 2)}\n`)
    console.log(`wrote ${vectors.length} vectors to ${path.relative(process.cwd(), out)}`)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

main()
