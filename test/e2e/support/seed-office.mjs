// Seeds an e2e data directory with the office and its test accounts (test/support/seed-office.ts) in a
// process of its own, once per Playwright run (global-setup.ts). Usage: node seed-office.mjs DATA_DIR, with
// {office, admin, others} as JSON on stdin (the passwords with them: never as arguments).
import { tsImport } from 'tsx/esm/api'

const { seedOffice } = await tsImport('../../support/seed-office.ts', import.meta.url)
const chunks = []
for await (const chunk of process.stdin) chunks.push(chunk)
const { office, admin, others } = JSON.parse(Buffer.concat(chunks).toString('utf8'))
await seedOffice(process.argv[2], office, admin, others)
