import { createHash } from 'node:crypto'
import { fingerprintOf, trustListFormat, type TrustKey, type TrustList } from '../../../shared/accounts/index'
import type { KeyView, SavedFile, TrustPreview, TrustView } from '../../../shared/api/contract-workflow'
import { base64Encode } from '../../../shared/crypto/base64'
import { serviceError } from '../../../shared/api/result'
import { effectiveRevocationReason, parseTrustList } from '../../../shared/bundle/trust'
import type { TrustExport } from '../accounts/index'
import type { AuditService } from '../audit/index'
import { signedIn, type Access, type Acting } from '../common/access'
import { safeName } from '../common/file-name'
import type { Store } from '../store/index'

type ListRow = { office: string; list_json: string; sha256: string; imported_at: string; imported_by: string | null }

const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

/**
 * 信任列表 — this office's own keys (from its accounts) and the trust lists imported from elsewhere: the
 * leader's own machine, or another office whose bundles this machine verifies. An imported list replaces the
 * earlier list of the same office, which is how revocations arrive. Imports are previewed first, so the
 * fingerprints can be compared in person before anything is trusted.
 */
export class TrustStore {
  constructor(
    private readonly store: Store,
    private readonly own: TrustExport,
    private readonly audit: AuditService,
    private readonly now: () => Date,
    /** who may look (anyone signed in) and who may change the lists (an administrator): common/access */
    private readonly access?: Pick<Access, 'user'>,
  ) {}

  view(by?: Acting): TrustView {
    this.access?.user(by)
    const own = this.own.build()
    return {
      office: own.office,
      own: own.keys.map((k) => this.keyView(k)),
      imported: this.rows().map((row) => ({ office: row.office, sha256: row.sha256, importedAt: row.imported_at, keys: this.parseStored(row).keys.map((k) => this.keyView(k)) })),
    }
  }

  /** What importing `json` would change; refused with the reason when the list is unusable. */
  preview(json: string, by?: Acting): TrustPreview {
    this.access?.user(by)
    const list = this.parse(json)
    const sha256 = sha256Hex(new TextEncoder().encode(json))
    const earlier = this.rows().find((row) => row.office === list.office)
    const before = earlier ? this.parseStored(earlier).keys : []
    const beforeIds = new Set(before.map((k) => k.keyid))
    const afterIds = new Set(list.keys.map((k) => k.keyid))
    return {
      office: list.office,
      sha256,
      keys: list.keys.map((k) => this.keyView(k)),
      replaces: earlier !== undefined,
      added: list.keys.filter((k) => !beforeIds.has(k.keyid)).map((k) => k.keyid),
      removed: before.filter((k) => !afterIds.has(k.keyid)).map((k) => k.keyid),
      // revoked since the earlier list, or now known to be compromised where it was only superseded
      newlyRevoked: list.keys
        .filter((k) => {
          const earlier = before.find((b) => b.keyid === k.keyid)
          const now = effectiveRevocationReason(k)
          return now !== null && (!earlier || effectiveRevocationReason(earlier) !== now)
        })
        .map((k) => k.keyid),
    }
  }

  /** Imports the list the admin previewed (`sha256` must match, so what was compared is what is trusted). */
  import(json: string, sha256: string, by: string | Acting): TrustView {
    const actor = adminLogin(by)
    const preview = this.preview(json)
    if (preview.sha256 !== sha256) throw serviceError('conflict', 'trust.previewChanged')
    const at = this.now().toISOString()
    this.store.transaction((tx) => {
      tx.run(
        'INSERT INTO trusted_lists (office, list_json, sha256, imported_at, imported_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT (office) DO UPDATE SET list_json = excluded.list_json, sha256 = excluded.sha256, imported_at = excluded.imported_at, imported_by = excluded.imported_by',
        [preview.office, json, sha256, at, actor],
      )
      this.audit.append(tx, 'trust.imported', actor, preview.office, { sha256, keys: preview.keys.length, replaces: preview.replaces, newlyRevoked: preview.newlyRevoked.length })
    })
    return this.view()
  }

  remove(office: string, by: string | Acting): TrustView {
    const actor = adminLogin(by)
    this.store.transaction((tx) => {
      tx.run('DELETE FROM trusted_lists WHERE office = ?', [office])
      if (tx.changes() === 0) throw serviceError('not_found', 'trust.notImported', { office })
      this.audit.append(tx, 'trust.removed', actor, office, {})
    })
    return this.view()
  }

  /** This office's trust list as a file to hand over (恢复 and 异地审核 start from it); recorded as exported. */
  exportFile(by: Acting): SavedFile {
    const account = signedIn(by)
    const list = this.officeList()
    const text = this.own.serialise(list)
    const { sha256 } = this.own.exported(list, text, account.login)
    const bytes = new TextEncoder().encode(text)
    return { fileName: `trust-${safeName(list.office || 'office')}.json`, data: base64Encode(bytes), sha256 }
  }

  /**
   * Every key this machine trusts, as one trust list: its own accounts' keys and every imported list's. A keyid
   * in several lists is kept once (the own entry first), so a foreign list cannot re-label a local key.
   */
  combined(): TrustList {
    const own = this.own.build()
    const seen = new Set(own.keys.map((k) => k.keyid))
    const keys: TrustKey[] = [...own.keys]
    for (const row of this.rows()) {
      for (const key of this.parseStored(row).keys) {
        if (seen.has(key.keyid)) continue
        seen.add(key.keyid)
        keys.push(key)
      }
    }
    return { format: trustListFormat, office: own.office, keys }
  }

  /**
   * 本单位信任列表 — what `trust export` hands to the web publisher: this machine's accounts' keys plus those
   * of the office's other machines (imported lists under the same office name, e.g. the leader's own machine),
   * so one trust.json verifies bundles approved on either.
   */
  officeList(officeName?: string): TrustList {
    const own = this.own.build(officeName)
    const seen = new Set(own.keys.map((k) => k.keyid))
    const keys: TrustKey[] = [...own.keys]
    for (const row of this.rows()) {
      if (own.office === '' || row.office !== own.office) continue
      for (const key of this.parseStored(row).keys) {
        if (seen.has(key.keyid)) continue
        seen.add(key.keyid)
        keys.push(key)
      }
    }
    return { format: trustListFormat, office: own.office, keys }
  }

  private parse(json: string): TrustList {
    let value: unknown
    try {
      value = JSON.parse(json)
    } catch {
      throw serviceError('invalid_request', 'trust.notJson')
    }
    const parsed = parseTrustList(value, sha256Hex)
    if (!parsed.ok) {
      const problem = parsed.problem
      if (problem.kind === 'keyid-mismatch') throw serviceError('invalid_request', 'trust.keyidMismatch', { keyid: problem.keyid.slice(0, 16) })
      throw serviceError('invalid_request', 'trust.malformed', { path: problem.path, problem: problem.message })
    }
    if (parsed.value.office.trim() === '') throw serviceError('invalid_request', 'trust.noOffice')
    const own = new Set(this.own.build().keys.map((k) => k.keyid))
    if (parsed.value.keys.length > 0 && parsed.value.keys.every((k) => own.has(k.keyid))) {
      throw serviceError('invalid_request', 'trust.ownList')
    }
    return parsed.value
  }

  private parseStored(row: ListRow): TrustList {
    const parsed = parseTrustList(JSON.parse(row.list_json) as unknown, sha256Hex)
    if (!parsed.ok) throw serviceError('internal', 'trust.storedDamaged', { office: row.office })
    return parsed.value
  }

  private rows(): ListRow[] {
    return this.store.all<ListRow>('SELECT office, list_json, sha256, imported_at, imported_by FROM trusted_lists ORDER BY office')
  }

  private keyView(key: TrustKey): KeyView {
    const now = this.now().toISOString()
    const state = key.revokedAt && key.revokedAt <= now ? 'revoked' : key.validUntil && key.validUntil <= now ? 'expired' : 'active'
    return {
      keyid: key.keyid,
      alg: key.alg,
      fingerprint: fingerprintOf(key.keyid),
      personId: key.personId,
      name: key.name,
      roles: key.roles,
      validFrom: key.validFrom,
      validUntil: key.validUntil ?? null,
      revokedAt: key.revokedAt ?? null,
      revocationReason: effectiveRevocationReason(key),
      state,
    }
  }
}

/** The administrator who changes the lists: a login a front door already checked (the CLI), or the acting account. */
function adminLogin(by: string | Acting): string {
  return typeof by === 'string' ? by : signedIn(by, 'admin').login
}
