import { fingerprintOf, roleSchema, type Account, type AccountKey, type KeyState, type Role } from '../../../shared/accounts/index'
import type { KeyAlg, RevocationReason } from '../../../shared/bundle/trust'
import type { Store, Tx } from '../store/index'
import type { AccountWarning } from './account-types'

/** An account row without its secrets: what listings read. */
export type AccountRow = { id: string; login: string; name: string; roles: string; created_at: string; deactivated_at: string | null; active_keyid: string | null }
/** The columns authentication needs. Never leaves this service. */
export type SecretRow = {
  id: string
  login: string
  password_hash: Uint8Array
  password_salt: Uint8Array
  password_kdf: string
  failed_logins: number
  locked_until: string | null
}
export type KeyRow = {
  keyid: string
  account_id: string
  /** 'ed25519' for the signing key (table keys), 'sm2' for the optional 国密 co-signing key (table sm2_keys) */
  alg: KeyAlg
  public_key: Uint8Array
  created_at: string
  valid_from: string
  valid_until: string | null
  revoked_at: string | null
  /** with revoked_at: 'compromised' (every signature void) or 'superseded' (signatures before revoked_at stand) */
  revocation_reason: RevocationReason | null
  /** the roles frozen when the key was revoked (JSON list); null: the account's current roles */
  roles: string | null
}

const accountColumns = `a.id, a.login, a.name, a.roles, a.created_at, a.deactivated_at,
  (SELECT k.keyid FROM keys k WHERE k.account_id = a.id AND k.revoked_at IS NULL) AS active_keyid`
const keyColumns = 'keyid, account_id, public_key, created_at, valid_from, valid_until, revoked_at, revocation_reason, roles'
// Both key tables as one history; on the same instant the Ed25519 key comes first ('ed25519' < 'sm2').
const allKeys = `SELECT ${keyColumns}, alg FROM keys UNION ALL SELECT ${keyColumns}, 'sm2' AS alg FROM sm2_keys`

export function accountRows(store: Store): AccountRow[] {
  return store.all<AccountRow>(`SELECT ${accountColumns} FROM accounts a ORDER BY a.created_at, a.login`)
}

export function accountRow(store: Store, login: string): AccountRow | undefined {
  return store.get<AccountRow>(`SELECT ${accountColumns} FROM accounts a WHERE a.login = ?`, [login])
}

export function secretRow(reader: Store | Tx, login: string): SecretRow | undefined {
  return reader.get<SecretRow>('SELECT id, login, password_hash, password_salt, password_kdf, failed_logins, locked_until FROM accounts WHERE login = ?', [login])
}

/** Every key, Ed25519 and SM2, oldest first, so a list reads as each account's key history. */
export function keyRows(store: Store, accountId?: string): KeyRow[] {
  return accountId === undefined
    ? store.all<KeyRow>(`SELECT * FROM (${allKeys}) ORDER BY created_at, alg, keyid`)
    : store.all<KeyRow>(`SELECT * FROM (${allKeys}) WHERE account_id = ? ORDER BY created_at, alg, keyid`, [accountId])
}

/** The sealed private half of the account's active key, read only at the moment of use. */
export function sealedActiveKey(store: Store, accountId: string): { keyid: string; sealed: string | null } | undefined {
  return store.get<{ keyid: string; sealed: string | null }>(
    'SELECT keyid, encrypted_private_key AS sealed FROM keys WHERE account_id = ? AND revoked_at IS NULL',
    [accountId],
  )
}

export function accountCount(reader: Store | Tx): number {
  return reader.get<{ n: number }>('SELECT count(*) AS n FROM accounts')?.n ?? 0
}

export function insertKey(tx: Tx, key: { keyid: string; accountId: string; rawPublicKey: Uint8Array; sealed: string; at: string }): void {
  tx.run(
    `INSERT INTO keys (keyid, account_id, alg, public_key, created_at, valid_from, valid_until, revoked_at, encrypted_private_key)
     VALUES (?, ?, 'ed25519', ?, ?, ?, NULL, NULL, ?)`,
    [key.keyid, key.accountId, key.rawPublicKey, key.at, key.at, key.sealed],
  )
}

export function toAccount(row: AccountRow): Account {
  return { id: row.id, login: row.login, name: row.name, roles: parseRoles(row.roles), createdAt: row.created_at, keyid: row.active_keyid, deactivatedAt: row.deactivated_at }
}

export function toAccountKey(row: KeyRow, now: Date): AccountKey {
  return {
    keyid: row.keyid,
    accountId: row.account_id,
    alg: row.alg,
    publicKey: Buffer.from(row.public_key).toString('base64'),
    fingerprint: fingerprintOf(row.keyid),
    createdAt: row.created_at,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    revokedAt: row.revoked_at,
    revocationReason: row.revoked_at === null ? null : (row.revocation_reason ?? 'compromised'),
    state: keyState(row, now),
    roles: row.roles === null ? null : parseRoles(row.roles),
  }
}

/**
 * Freezes the roles of the account's active keys (Ed25519 and SM2) to the account's roles now: call it in the
 * transaction that revokes them, before the account's roles change, so the trust list keeps saying what those keys
 * were allowed to sign as when they signed.
 */
export function freezeKeyRoles(tx: Tx, accountId: string): void {
  for (const table of ['keys', 'sm2_keys']) {
    tx.run(`UPDATE ${table} SET roles = (SELECT roles FROM accounts WHERE id = ?) WHERE account_id = ? AND revoked_at IS NULL`, [accountId, accountId])
  }
}

/** Accounts that hold the admin role and are not deactivated. */
export function activeAdminCount(reader: Store | Tx): number {
  const rows = reader.all<{ roles: string }>('SELECT roles FROM accounts WHERE deactivated_at IS NULL')
  return rows.filter((row) => parseRoles(row.roles).includes('admin')).length
}

export function keyState(row: Pick<KeyRow, 'revoked_at' | 'valid_until'>, now: Date): KeyState {
  if (row.revoked_at !== null) return 'revoked'
  // Same bound as the verifier (shared/bundle/trust.ts): valid up to and including validUntil.
  if (row.valid_until !== null && now.getTime() > Date.parse(row.valid_until)) return 'expired'
  return 'active'
}

/** Roles are stored as a JSON list; anything unreadable counts as no role rather than some role. */
export function parseRoles(json: string): Role[] {
  try {
    const parsed: unknown = JSON.parse(json)
    return Array.isArray(parsed) ? parsed.flatMap((value) => (roleSchema.safeParse(value).success ? [value as Role] : [])) : []
  } catch {
    return []
  }
}

/** Display names compared as people read them: Unicode-normalised, spaces ignored. */
const comparableName = (name: string): string => name.normalize('NFKC').replace(/\s+/gu, '')

/** Other accounts whose display name reads the same as `name` (a warning at creation, never a refusal). */
export function sameNameWarnings(store: Store, login: string, name: string): AccountWarning[] {
  const wanted = comparableName(name)
  const logins = accountRows(store)
    .filter((row) => row.login !== login && comparableName(row.name) === wanted)
    .map((row) => row.login)
  if (logins.length === 0) return []
  return [{ code: 'same-name', logins }]
}
