import { createHash } from 'node:crypto'
import { hasControlChars, trustListFormat, trustListSchema, type TrustKey, type TrustList } from '../../../shared/accounts/index'
import { serviceError } from '../../../shared/api/result'
import type { AuditService } from '../audit/index'
import type { Store } from '../store/index'
import { accountRows, keyRows, parseRoles } from './account-rows'

export const officeLimits = { max: 200 } as const

/**
 * 信任列表导出 — the public keys of this office's accounts (contracts.md §3), revoked ones included with
 * their revokedAt and revocationReason, so bundles signed before a reset (superseded) still verify and none signed
 * by a compromised key does: each account's Ed25519 keys and its SM2
 * co-signing keys (alg 'sm2', same person, name and roles). Nothing secret is read: only the public columns
 * of `keys` and `sm2_keys` and the names and roles of `accounts`.
 */
export class TrustExport {
  constructor(
    private readonly store: Store,
    private readonly audit: AuditService,
  ) {}

  /** The office name last exported under, or '' before the first `--office`. */
  office(): string {
    return this.store.get<{ name: string }>('SELECT name FROM office WHERE id = 1')?.name ?? ''
  }

  /** Builds the trust list; keys in account order, each account's oldest key first (Ed25519 before SM2 on a tie). */
  build(officeName: string = this.office()): TrustList {
    const office = officeName.trim().normalize('NFC')
    if (office.length > officeLimits.max || hasControlChars(office)) {
      throw serviceError('invalid_request', 'office.nameInvalid', { max: officeLimits.max })
    }
    const accounts = new Map(accountRows(this.store).map((row) => [row.id, row]))
    const keys: TrustKey[] = keyRows(this.store).flatMap((key) => {
      const account = accounts.get(key.account_id)
      if (!account) return []
      return [
        {
          keyid: key.keyid,
          alg: key.alg,
          publicKey: Buffer.from(key.public_key).toString('base64'),
          personId: account.id,
          name: account.name,
          // a revoked key keeps the roles it had when it was revoked; a later role change does not reach back
          roles: parseRoles(key.roles ?? account.roles),
          validFrom: key.valid_from,
          validUntil: key.valid_until,
          revokedAt: key.revoked_at,
          // only on revoked keys, so the list of an office that never revoked reads exactly as before
          ...(key.revoked_at === null ? {} : { revocationReason: key.revocation_reason ?? 'compromised' }),
        },
      ]
    })
    const order = [...accounts.keys()]
    keys.sort((a, b) => order.indexOf(a.personId) - order.indexOf(b.personId))
    // Parsing our own output keeps the export honest to the schema verifiers will use.
    return trustListSchema.parse({ format: trustListFormat, office, keys })
  }

  /** Names the office (first-run setup); the name is checked as `build` checks it. */
  setOffice(name: string): void {
    const office = this.build(name).office
    this.store.transaction((tx) => tx.run('INSERT INTO office (id, name) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name', [office]))
  }

  /** The trust list as written to disk: two-space JSON and a final newline, so the same state gives the same bytes. */
  serialise(list: TrustList): string {
    return `${JSON.stringify(list, null, 2)}\n`
  }

  /** Remembers the office name and records the export in the audit log, once the file is written. */
  exported(list: TrustList, text: string, actor: string | null = null): { sha256: string } {
    const sha256 = createHash('sha256').update(text, 'utf8').digest('hex')
    const office = list.office
    this.store.transaction((tx) => {
      if (office !== '') tx.run('INSERT INTO office (id, name) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name', [office])
      this.audit.append(tx, 'trust.exported', actor, null, { keys: list.keys.length, sha256 })
    })
    return { sha256 }
  }
}
