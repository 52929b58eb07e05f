import { describe, expect, it } from 'vitest'
import { utf8Encode } from '../../../shared/crypto/bytes'
import { bundlePaths } from '../../../shared/bundle/layout'
import { verifyBundle } from '../../../shared/bundle/verify'
import { buildBundle } from '../../../electron/services/bundle/build'
import { nodeDigests, verifyEd25519 } from '../../../electron/services/bundle/node-crypto'
import { readZip } from '../../../electron/services/bundle/zip'
import { approvalPredicate, draftPredicate, person, signerEntry, trustKey, trustList } from './world'

/** A 10,000-row 低保 table, as a township publishes each month: a few MB of HTML, text and report. */
function bigNotice(rows: number): Map<string, Uint8Array> {
  const html: string[] = ['<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>低保公示</title><table>']
  const txt: string[] = ['序号\t户主\t身份证号\t住址\t保障人数\t金额（元）']
  const findings: string[] = []
  for (let i = 1; i <= rows; i++) {
    const cells = [String(i), `欧阳${'*'.repeat(i % 3)}`, `340705********${String(1000 + (i % 9000))}`, `铜陵市郊区白马镇王岗村${i % 30}组****`, String(1 + (i % 5)), String(300 + (i % 7) * 50)]
    html.push(`<tr><td>${cells.join('</td><td style="text-align:left;padding:2px 6px">')}</td></tr>`)
    txt.push(cells.join('\t'))
    findings.push(`{"type":"PERSON_NAME","rule":"person-name","action":"masked","location":{"row":${i},"column":2}}`)
    findings.push(`{"type":"ID_CARD","rule":"id-card-18","action":"masked","location":{"row":${i},"column":3}}`)
  }
  html.push('</table></html>')
  return new Map([
    [bundlePaths.html, utf8Encode(html.join('\n'))],
    [bundlePaths.txt, utf8Encode(txt.join('\n'))],
    [bundlePaths.redactionReport, utf8Encode(`{"findings":[${findings.join(',')}]}`)],
  ])
}

describe('a large bundle', () => {
  // how fast: npm run bench -- export (verification of a 10,000-row notice's bundle)
  it('reads and verifies a bundle with a 10,000-row table', () => {
    const drafter = person('u-li', '李四', ['drafter'])
    const reviewer = person('u-wang', '王五', ['reviewer'])
    const content = bigNotice(10_000)
    const zip = buildBundle({
      contentFiles: content,
      draftPredicate: draftPredicate(drafter),
      drafterKey: drafter,
      approval: { predicateWithoutDigest: approvalPredicate(reviewer), reviewerKey: reviewer },
      signers: [signerEntry(drafter, 'drafter'), signerEntry(reviewer, 'reviewer')],
    })
    const trust = trustList([trustKey(drafter), trustKey(reviewer)])
    const size = [...content.values()].reduce((n, b) => n + b.length, 0)

    const result = verifyBundle({ files: readZip(zip), trust, digest: nodeDigests, verifyEd25519, now: new Date('2026-06-01T00:00:00Z') })
    expect(result.ok).toBe(true)
    expect(size).toBeGreaterThan(2 * 1024 * 1024)
  })
})
