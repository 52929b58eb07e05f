import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openCore, type Core } from '../../../electron/services/core'
import { createChromiumPrinter } from '../../../electron/services/pdf/index'
import { pdfText } from '../../support/pdf-text'
import { createAdmin, passwords, testClock } from '../accounts/support'
import { people } from './support'

export { hashingTimeout } from '../accounts/support'
export { people } from './support'

/** A core that renders bundle PDFs when this machine has a Chromium, with a way to read a PDF's text back. */
export type TestCoreWithPdf = Core & { hasPdf: boolean; pdfText: (pdf: Uint8Array) => Promise<string> }

export async function office(): Promise<{ core: TestCoreWithPdf; dispose: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'countersign-leak-'))
  const clock = testClock()
  const printer = createChromiumPrinter()
  const core = await openCore({ dataDir: dir, shell: 'cli', now: clock.now, pdf: printer })
  await createAdmin(core)
  const admin = { login: 'admin', password: passwords.admin }
  await core.accounts.create({ login: people.drafter.login, name: '张起草', roles: ['drafter'], password: people.drafter.password }, admin)
  await core.accounts.create({ login: people.reviewer.login, name: '李审核', roles: ['reviewer'], password: people.reviewer.password }, admin)
  clock.advance(60)
  return {
    core: Object.assign(core, { hasPdf: printer !== undefined, pdfText }),
    dispose: async () => {
      core.close()
      await printer?.close()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
