// Issue 9 item 8: a flipped byte in the middle of the journal. Every start refuses with the same message
// (the second start used to run silently without the saves after it) until a person runs
// `countersign store recover`, which drops them, quarantines the original and notes the loss.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openCore } from '../../../electron/services/core'
import { cli } from '../../support/cli'
import { tempDir } from '../../support/temp-dir'

type Listed = { notices: { title: string }[] }

describe('countersign store recover', () => {
  it('refuses every start until recovery is chosen, then drops only the unreadable tail', async () => {
    const dir = tempDir()
    const live = path.join(dir, 'live')
    // five saves, then the folder as a crash leaves it (no closing snapshot): they are in the journal only
    const core = await openCore({ dataDir: live, shell: 'cli' })
    for (const title of ['一', '二', '三', '四', '五']) core.notices.create({ title, body: '关于城乡低保对象的公示\n' })
    const data = path.join(dir, 'data')
    fs.cpSync(live, data, { recursive: true, filter: (source) => path.basename(source) !== 'LOCK' })
    core.close()

    const storeDir = path.join(data, 'store')
    const journal = path.join(storeDir, fs.readdirSync(storeDir).filter((n) => n.startsWith('journal-')).sort().at(-1) ?? '')
    const lines = fs.readFileSync(journal, 'utf8').split('\n')
    // the record that created 三: one byte of its body flipped
    const at = lines.findIndex((l) => l.includes('"三"'))
    expect(at).toBeGreaterThan(0)
    lines[at] = lines[at].replace('"三"', '"叁"')
    const damaged = Buffer.from(lines.join('\n'))
    fs.writeFileSync(journal, damaged)
    const saveCount = lines.length - 1 - at // complete lines from the damaged one to the end

    const first = await cli(['notice', 'list', '--json', '--data', data])
    expect(first.code).toBe(2)
    expect(first.stderr.trim().split('\n')).toHaveLength(1)
    expect(first.stderr).toContain(path.basename(journal))
    expect(first.stderr).toContain(`其后 ${saveCount} 次已确认的保存无法读取`)
    expect(first.stderr).toContain(`countersign store recover --data ${data}`)
    const second = await cli(['notice', 'list', '--json', '--data', data])
    expect(second.code).toBe(2)
    expect(second.stderr).toBe(first.stderr)
    expect(fs.readFileSync(journal)).toEqual(damaged)

    const recovered = await cli(['store', 'recover', '--data', data])
    expect(recovered.stderr).toBe('')
    expect(recovered.code).toBe(0)
    expect(recovered.stdout).toContain(`dropped the ${saveCount} unreadable saves`)
    const quarantined = fs.readdirSync(path.join(storeDir, 'quarantine')).filter((n) => n.endsWith(path.basename(journal)))
    expect(quarantined).toHaveLength(1)
    expect(fs.readFileSync(path.join(storeDir, 'quarantine', quarantined[0]))).toEqual(damaged)

    const after = await cli(['notice', 'list', '--json', '--data', data])
    expect(after.code).toBe(0)
    expect((JSON.parse(after.stdout) as Listed).notices.map((n) => n.title).sort()).toEqual(['一', '二'].sort())
    // nothing more to do the next time
    const again = await cli(['store', 'recover', '--data', data])
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('nothing to recover')
  })
})
