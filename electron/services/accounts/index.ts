/** 账户与密钥 — accounts, password hashing, sealed Ed25519 (and optional SM2) signing keys and the trust list. */
export { AccountService, type AccountListing, type AccountWarning, type CreatedAccount, type Credentials, type Deactivation, type RolesChange, type NewAccount, type RevokedKey, type UnlockedKeys } from './account-service'
export { TrustExport, officeLimits } from './trust-export'
export { keyidOf, publicKeyFromRaw, rawPublicKeyOf } from './key-vault'
export { currentKdf, type KdfParams } from './kdf'
export { backoffPolicy, backoffSeconds } from './backoff'
export { sm2KeyidOf, type UnlockedSm2Key } from './sm2-keys'
