import type { KeyObject } from 'node:crypto'
import type { Account, AccountKey, Role } from '../../../shared/accounts/index'
import type { RevocationReason } from '../../../shared/bundle/trust'
import type { UnlockedSm2Key } from './sm2-keys'

/** Who is acting: a login and the password that proves it (from --password-file, the env or a dialog). */
export type Credentials = { login: string; password: string }
export type NewAccount = { login: string; name: string; roles: readonly Role[]; password: string }
/** An account with its fingerprint and its whole key history (revoked keys included), for `user list`. */
export type AccountListing = Account & { fingerprint: string | null; keys: AccountKey[] }
/** The keys for one signing: always the Ed25519 key; the SM2 key when the 国密 co-signature was asked for. */
export type UnlockedKeys = { ed25519: KeyObject; sm2?: UnlockedSm2Key }
/**
 * Something about a new account a person should look at, not a refusal: `same-name` — another account already
 * carries this display name (the same person twice would defeat two-person approval). `message` is zh-CN (en).
 */
export type AccountWarning = { code: 'same-name'; logins: string[] }
/** A created account, with the warnings to show the admin who created it. */
export type CreatedAccount = Account & { warnings: AccountWarning[] }
/** One key `revokeKey` changed: revoked now, or an already revoked key now marked compromised. */
export type RevokedKey = { keyid: string; alg: 'ed25519' | 'sm2'; reason: RevocationReason; revokedAt: string; change: 'revoked' | 'now-compromised' }

/** What `setRoles` did: the account as it is now, and the keys it retired (superseded) because the roles changed. */
export type RolesChange = { account: Account; changed: boolean; retiredKeyids: string[] }
/** What `deactivate` did: the account as it is now, and the keys it revoked (superseded). */
export type Deactivation = { account: Account; revokedKeyids: string[] }
