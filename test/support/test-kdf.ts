import type { TestOnlyCoreOptions } from '../../electron/services/core'
import type { KdfParams } from '../../electron/services/accounts/index'

/**
 * scrypt at the lowest cost the stored-parameter schema accepts (N = 2^14, r = 1, p = 1: 2 MiB and a few ms
 * a hash, against ~128 MiB and a few hundred ms for the product's N = 2^17, r = 8). Test fixtures make their
 * accounts with it, so a test file's sign-ins and signatures cost milliseconds. It reaches the services only
 * through openCore's test-only second argument; the product has no way to select it
 * (test/security/kdf-params.test.ts).
 */
export const testKdf: KdfParams = Object.freeze({ alg: 'scrypt', N: 2 ** 14, r: 1, p: 1, keyLength: 32 } as const)

/** openCore's second argument for a test fixture: `openCore(options, cheapAccounts)`. */
export const cheapAccounts: TestOnlyCoreOptions = Object.freeze({ kdf: testKdf })
