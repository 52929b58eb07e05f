import { describe, expect, it } from 'vitest'
import { checkParams, firstKeyword, isForbiddenInTransaction, isPlainRead } from '../../../../../electron/services/store/sql-engine'

describe('statement classification', () => {
  it('finds the first keyword past whitespace and comments', () => {
    expect(firstKeyword('  -- note\n /* block */ select 1')).toBe('SELECT')
    expect(firstKeyword('/* unterminated')).toBe('')
  })

  it('only SELECT and VALUES count as plain reads', () => {
    expect(isPlainRead('SELECT * FROM t')).toBe(true)
    expect(isPlainRead('VALUES (1)')).toBe(true)
    expect(isPlainRead('WITH x AS (SELECT 1) DELETE FROM t')).toBe(false)
    expect(isPlainRead('INSERT INTO t VALUES (1) RETURNING *')).toBe(false)
  })

  it('refuses transaction control but allows savepoints', () => {
    for (const sql of ['BEGIN', 'commit', 'END TRANSACTION', 'ROLLBACK', 'ATTACH DATABASE x AS y', 'VACUUM']) expect(isForbiddenInTransaction(sql), sql).toBe(true)
    for (const sql of ['SAVEPOINT a', 'ROLLBACK TO a', 'ROLLBACK TRANSACTION TO SAVEPOINT a', 'RELEASE a']) expect(isForbiddenInTransaction(sql), sql).toBe(false)
  })

  it('accepts only SqlValue parameters', () => {
    expect(() => checkParams(['a', 1, null, new Uint8Array(1)])).not.toThrow()
    expect(() => checkParams([true])).toThrow(/parameter 1 has type boolean/)
    expect(() => checkParams([1, 2n])).toThrow(/parameter 2 has type bigint/)
    expect(() => checkParams([undefined])).toThrow(/undefined/)
  })
})
