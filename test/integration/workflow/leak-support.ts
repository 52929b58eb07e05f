import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openCore, type Core } from '../../../electron/services/core'
import { createChromiumPrinter, PdfError, type PdfPrinter } from '../../../electron/services/pdf/index'
import { pdfText } from '../../support/pdf-text'
import { cheapAccounts } from '../../support/test-kdf'
import { createAdmin, passwords, testClock } from '../accounts/support'
import { people } from './support'

export { hashingTimeout } from '../accounts/support'
export { people } from './support'

/**
 * A core that renders bundle PDFs when this machine has a Chromium and `printing.on` is set (a PDF costs a
 * Chromium print, so the leak test prints only a few samples' bundles); with it off, a submission's bundle
 * carries HTML and TXT, as on a machine without Chromium. `print` reaches the same printer directly.
 */
export type TestCoreWithPdf = Core & {
  hasPdf: boolean
  printing: { on: boolean }
  print: (html: string) => Promise<Uint8Array>
  pdfText: (pdf: Uint8Array) => Promise<string>
}

export async function office(): Promise<{ core: TestCoreWithPdf; dispose: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'countersign-leak-'))
  const clock = testClock()
  const printer: PdfPrinter | undefined = createChromiumPrinter()
  const printing = { on: true }
  const print = (html: string): Promise<Uint8Array> => (printer ? printer.print(html) : Promise.reject(new PdfError('unavailable', 'no Chromium')))
  const gated = { print: (html: string) => (printing.on ? print(html) : Promise.reject(new PdfError('unavailable', 'not printed for this sample'))) }
  // The accounts are hashed at the test-only cost: this test is about what the bundle publishes.
  const core = await openCore({ dataDir: dir, shell: 'cli', now: clock.now, pdf: gated }, cheapAccounts)
  await createAdmin(core)
  const admin = { login: 'admin', password: passwords.admin }
  await core.accounts.create({ login: people.drafter.login, name: '张起草', roles: ['drafter'], password: people.drafter.password }, admin)
  await core.accounts.create({ login: people.reviewer.login, name: '李审核', roles: ['reviewer'], password: people.reviewer.password }, admin)
  clock.advance(60)
  return {
    core: Object.assign(core, { hasPdf: printer !== undefined, printing, print, pdfText }),
    dispose: async () => {
      core.close()
      await printer?.close()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
