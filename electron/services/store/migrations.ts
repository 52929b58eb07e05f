import type { Migration, Tx } from './types'

type Runner = {
  all<T>(sql: string): T[]
  transaction<T>(fn: (tx: Tx) => T): T
}

/** Versions must be positive integers in strictly increasing order; a typo here would corrupt every install. */
function validate(migrations: readonly Migration[]): void {
  let previous = 0
  for (const migration of migrations) {
    if (!Number.isSafeInteger(migration.version) || migration.version <= previous) {
      throw new Error(`migration versions must be increasing positive integers (got ${migration.version} after ${previous})`)
    }
    if (!migration.name.trim()) throw new Error(`migration ${migration.version} has no name`)
    previous = migration.version
  }
}

/**
 * Applies each migration not yet recorded, each in its own journaled transaction, so replay and a crash
 * between migrations both land on a consistent schema. Returns the versions applied now.
 */
export function applyMigrations(store: Runner, migrations: readonly Migration[], now: () => Date = () => new Date()): number[] {
  validate(migrations)
  const applied = new Set(store.all<{ version: number }>('SELECT version FROM _store_migrations').map((row) => row.version))
  const newest = migrations.at(-1)?.version ?? 0
  const ahead = [...applied].filter((version) => version > newest)
  if (ahead.length > 0) {
    throw new Error(
      `数据由更新版本的 Countersign 创建（数据库结构版本 ${Math.max(...ahead)}），请使用新版本打开 (this data was written by a newer Countersign, schema version ${Math.max(...ahead)}; open it with that version)`,
    )
  }
  const done: number[] = []
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue
    try {
      store.transaction((tx) => {
        tx.run(migration.sql)
        tx.run('INSERT INTO _store_migrations (version, name, applied_at) VALUES (?, ?, ?)', [migration.version, migration.name, now().toISOString()])
      })
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new Error(`数据库结构升级 ${migration.version}（${migration.name}）失败 (migration ${migration.version} "${migration.name}" failed: ${reason})`, { cause: error })
    }
    done.push(migration.version)
  }
  return done
}
