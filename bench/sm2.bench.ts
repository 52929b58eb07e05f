// 国密 SM2 signing and verification in pure TypeScript (shared/crypto/sm2): the cost each bundle signature
// adds when the co-signature is on. Moved here from the unit tests, which no longer time anything.
import { sm2GenerateKeyPair, sm2Sign, sm2Verify } from '../shared/crypto/sm2'
import { figure, heading, percentile } from './support'

heading('SM2 co-signature (pure TypeScript), 2 KB message')
const keys = sm2GenerateKeyPair()
const message = new Uint8Array(2000).fill(7)
sm2Verify(keys.publicKey, message, sm2Sign(keys.privateKey, message)) // builds the comb table once
const signs: number[] = []
const verifies: number[] = []
for (let i = 0; i < 50; i++) {
  let t = performance.now()
  const signature = sm2Sign(keys.privateKey, message)
  signs.push(performance.now() - t)
  t = performance.now()
  if (!sm2Verify(keys.publicKey, message, signature)) throw new Error('SM2 signature did not verify')
  verifies.push(performance.now() - t)
}
figure('sign (median of 50)', percentile(signs, 50), 'ms', '< 25 ms')
figure('verify (median of 50)', percentile(verifies, 50), 'ms', '< 25 ms')
