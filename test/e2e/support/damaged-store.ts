/**
 * Makes a data folder whose newest journal is damaged in the middle (run with `node --import tsx`, as the
 * e2e runner cannot load the services' JSON imports): five notices saved, the folder copied as a crash
 * leaves it, then one byte of the third save's record changed. Prints {journal, lost} as one JSON line.
 * Usage: damaged-store.ts DATA_DIR
 */
import fs from 'node:fs'
import path from 'node:path'
import { openCore } from '../../../electron/services/core'

const dataDir = process.argv[2]
if (!dataDir) throw new Error('usage: damaged-store.ts DATA_DIR')
const live = `${dataDir}.live`
const core = await openCore({ dataDir: live, shell: 'cli' })
for (const title of ['一', '二', '三', '四', '五']) core.notices.create({ title, body: '公示内容' })
fs.cpSync(live, dataDir, { recursive: true, filter: (source) => path.basename(source) !== 'LOCK' })
core.close()
fs.rmSync(live, { recursive: true, force: true })
const storeDir = path.join(dataDir, 'store')
const journal = path.join(storeDir, fs.readdirSync(storeDir).filter((n) => n.startsWith('journal-')).sort().at(-1) ?? '')
const lines = fs.readFileSync(journal, 'utf8').split('\n')
const at = lines.findIndex((l) => l.includes('"三"'))
lines[at] = (lines[at] ?? '').replace('"三"', '"叁"')
fs.writeFileSync(journal, lines.join('\n'))
process.stdout.write(`${JSON.stringify({ journal, lost: lines.length - 1 - at })}\n`)
