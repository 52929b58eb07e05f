/** 账户与密钥 — accounts, password hashing, sealed Ed25519 signing keys and the trust list. */
export { AccountService, type AccountListing, type Credentials, type NewAccount } from './account-service'
export { TrustExport, officeLimits } from './trust-export'
export { keyidOf, publicKeyFromRaw, rawPublicKeyOf } from './key-vault'
export { currentKdf, type KdfParams } from './kdf'
export { backoffPolicy, backoffSeconds } from './backoff'
