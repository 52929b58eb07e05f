import { describe, expect, it } from 'vitest'
import { progressLine } from '../../../../electron/cli/commands/sweep'

// countersign sweep's progress line on a terminal: files done / total, MB/s, time left, rewritten in place.

describe('the sweep progress line', () => {
  it('says files done of all, the rate in MB/s and the seconds left at that rate', () => {
    const line = progressLine({ done: 250, total: 1000, bytes: 20e6, totalBytes: 80e6, seconds: 10 })
    expect(line.startsWith('\r')).toBe(true)
    expect(line).toContain('250/1000')
    expect(line).toContain('2.0 MB/s')
    expect(line).toContain('剩余约 30 秒')
  })

  it('never divides by nothing at the start and says nothing is left at the end', () => {
    expect(progressLine({ done: 0, total: 10, bytes: 0, totalBytes: 5e6, seconds: 0 })).toContain('0/10  0.0 MB/s  剩余约 0 秒')
    expect(progressLine({ done: 10, total: 10, bytes: 5e6, totalBytes: 5e6, seconds: 0 })).toContain('剩余约 0 秒')
  })
})
