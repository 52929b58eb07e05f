// content/notice.pdf of a 10,000-row 低保公示 (name, masked ID, masked phone, address, amount): how long the system
// Chromium takes to start and to print it, how big and how long the PDF is, and what the whole export costs —
// render (scan, redact, HTML, TXT), print, sign twice and zip — against the 5 s the issue allows.
// Run from the repository root: npm run bench -- pdf   (or: node --import tsx bench/pdf.bench.ts [--quick])
import { createHash, createPrivateKey } from 'node:crypto'
import { base64Encode } from '../shared/crypto/base64'
import { bundlePaths } from '../shared/bundle/layout'
import { getPolicy } from '../shared/policy/index'
import { buildBundle } from '../electron/services/bundle/build'
import { keyidOf, rawPublicKey } from '../electron/services/bundle/node-crypto'
import { createChromiumPrinter, sanitizePdf } from '../electron/services/pdf/index'
import { renderNotice } from '../electron/services/workflow/render'
import { figure, heading, percentile } from './support'

const quick = process.argv.includes('--quick')
const RUNS = quick ? 1 : 3
const ROWS = 10_000

/** The published form of the rows: already masked, as the PDF receives them. */
function body(): string {
  const surnames = '王李张刘陈杨黄赵吴周'
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const n = String(i).padStart(4, '0').slice(-4)
    return `${surnames[i % 10] ?? '王'}*${'华明英'[i % 3] ?? ''}\t340705********${n}\t138****${n}\t某某镇幸福村${(i % 12) + 1}组${(i % 90) + 1}号\t${(300 + (i % 700)).toFixed(2)}`
  })
  return ['经入户调查、民主评议，现将2026年第一季度城乡居民最低生活保障对象名单公示如下：', '姓名\t身份证号\t联系电话\t家庭住址\t保障金额（元）', ...rows, '公示期为7天。'].join('\n')
}

/** Fixed test keys derived from public strings, as in the golden-bundle test: never real keys. */
function testKey(label: string) {
  const seed = createHash('sha256').update(`countersign bench key: ${label}`).digest()
  const privateKey = createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]), format: 'der', type: 'pkcs8' })
  const publicKeyRaw = rawPublicKey(privateKey)
  return { privateKey, publicKeyRaw, keyid: keyidOf(publicKeyRaw) }
}

function pages(pdf: Uint8Array): number {
  return (Buffer.from(pdf).toString('latin1').match(/\/Type \/Page\b/g) ?? []).length
}

async function pdfBench(): Promise<void> {
  heading(`PDF of a ${ROWS.toLocaleString('en')}-row notice (system Chromium via playwright-core)`)
  const policy = getPolicy('dibao')
  if (!policy) throw new Error('no dibao policy')
  const notice = { id: 'bench-0001', revision: 1, title: '关于2026年第一季度城乡最低生活保障对象的公示', docNumber: '某民发〔2026〕3号', issuer: '某某镇人民政府', body: body() }
  const today = new Date('2026-03-02T08:00:00.000Z')

  const renderMs: number[] = []
  let rendered = renderNotice(notice, [], policy, today)
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now()
    rendered = renderNotice(notice, [], policy, today)
    renderMs.push(performance.now() - t)
  }
  const html = Buffer.from(rendered.files.get(bundlePaths.html) ?? new Uint8Array()).toString('utf8')

  const printer = createChromiumPrinter()
  if (!printer) {
    console.log('pdf: no Chromium found (install chromium or set COUNTERSIGN_CHROMIUM); nothing to measure')
    return
  }
  const printMs: number[] = []
  let pdf: Uint8Array = new Uint8Array()
  let launchMs: number
  try {
    // Start-up alone: the first print of a one-line page is the launch plus a trivial print.
    const t0 = performance.now()
    await printer.print('<!DOCTYPE html><html lang="zh-CN"><meta charset="utf-8"><title>公告</title><p>公告</p></html>')
    launchMs = performance.now() - t0
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now()
      pdf = await printer.print(html)
      printMs.push(performance.now() - t)
    }
  } finally {
    await printer.close()
  }
  const t1 = performance.now()
  sanitizePdf(pdf)
  const sanitizeMs = performance.now() - t1

  const drafter = { ...testKey('drafter'), name: '李四', personId: 'u-0001' }
  const reviewer = { ...testKey('reviewer'), name: '王五', personId: 'u-0002' }
  const files = new Map(rendered.files)
  files.set(bundlePaths.pdf, pdf)
  const t2 = performance.now()
  const zip = buildBundle({
    contentFiles: files,
    draftPredicate: {
      role: 'drafter',
      noticeId: notice.id,
      version: 1,
      title: notice.title,
      noticeType: 'dibao',
      policy: 'dibao',
      signer: { id: drafter.personId, name: drafter.name, keyid: drafter.keyid },
      signedAt: '2026-03-02T01:00:00.000Z',
      piiCheck: { engineVersion: '1.0.0', rulesetHash: '0'.repeat(64), unresolved: 0 },
    },
    drafterKey: drafter,
    approval: {
      predicateWithoutDigest: { role: 'reviewer', decision: 'approved', signer: { id: reviewer.personId, name: reviewer.name, keyid: reviewer.keyid }, signedAt: '2026-03-02T03:00:00.000Z', comment: '同意发布' },
      reviewerKey: reviewer,
    },
    signers: [
      { keyid: drafter.keyid, alg: 'ed25519', publicKey: base64Encode(drafter.publicKeyRaw), personId: drafter.personId, name: drafter.name, role: 'drafter' },
      { keyid: reviewer.keyid, alg: 'ed25519', publicKey: base64Encode(reviewer.publicKeyRaw), personId: reviewer.personId, name: reviewer.name, role: 'reviewer' },
    ],
  })
  const bundleMs = performance.now() - t2

  const render = percentile(renderMs, 50)
  const print = percentile(printMs, 50)
  figure('HTML size', Buffer.byteLength(html) / 1024, 'KiB')
  figure(`render: scan, redact, HTML, TXT (median of ${RUNS})`, render, 'ms')
  figure('Chromium launch (first print of a one-line page)', launchMs, 'ms')
  figure(`print 10,000 rows, browser running (median of ${RUNS})`, print, 'ms')
  figure('  of which sanitising the PDF metadata', sanitizeMs, 'ms')
  figure('PDF size', pdf.length / 1024, 'KiB')
  figure('PDF pages', pages(pdf), 'pages')
  figure('sign twice and zip (bundle with the PDF)', bundleMs, 'ms')
  figure('bundle size', zip.length / 1024, 'KiB')
  figure('whole export, browser already running', render + print + bundleMs, 'ms', '< 5000 ms')
  figure('whole export, browser started for it', render + launchMs + print + bundleMs, 'ms', '< 5000 ms')
}

await pdfBench()
