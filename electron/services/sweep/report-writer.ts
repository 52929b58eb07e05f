/**
 * Writes a sweep's report (report.html, findings.csv) file by file, riskiest first, pausing after every `step`
 * files to say how far it has got (and, on a worker thread, to wait for the word to go on). Written under
 * `.part` names and renamed at the end, so an export cancelled or failed halfway never leaves half a report.
 * Only masked values are in a SweepFile; none is logged.
 */
import fs from 'node:fs'
import path from 'node:path'
import { findingsCsvHead, findingsCsvLines, reportHtmlHead, reportHtmlSection, reportHtmlTail, sortByRisk, type SweepFile } from '../../../shared/sweep/report'

/** The files an export writes, in the order the answer names them. */
export const reportNames = ['report.html', 'findings.csv'] as const

/** Files written between two progress steps. */
export const reportStep = 500

export const partName = (name: string): string => `.${name}.part`

/** Removes the `.part` files an export left (cancelled or failed). */
export function removeParts(outDir: string): void {
  for (const name of reportNames) fs.rmSync(path.join(outDir, partName(name)), { force: true })
}

/**
 * Writes `outDir`/report.html (links relative to it) and findings.csv; `step(done, total)` is awaited after every
 * `reportStep` files — throwing from it stops the writing (the `.part` files are removed).
 */
export async function writeReportFiles(outDir: string, results: readonly SweepFile[], policy: string | undefined, step: (done: number, total: number) => void | Promise<void>): Promise<void> {
  fs.mkdirSync(outDir, { recursive: true })
  const linkOf = (p: string): string => path.relative(outDir, path.resolve(p)).split(path.sep).map(encodeURIComponent).join('/')
  const [htmlPart, csvPart] = reportNames.map((name) => path.join(outDir, partName(name)))
  const sorted = sortByRisk(results)
  const html = fs.openSync(htmlPart, 'w')
  let csv: number | undefined
  try {
    csv = fs.openSync(csvPart, 'w')
    fs.writeSync(html, reportHtmlHead(results, { policy }))
    fs.writeSync(csv, findingsCsvHead)
    for (let i = 0; i < sorted.length; i += reportStep) {
      const chunk = sorted.slice(i, i + reportStep)
      fs.writeSync(html, chunk.map((file, j) => (i + j > 0 ? '\n' : '') + reportHtmlSection(file, linkOf)).join(''))
      fs.writeSync(csv, chunk.map(findingsCsvLines).join(''))
      await step(Math.min(i + reportStep, sorted.length), sorted.length)
    }
    fs.writeSync(html, reportHtmlTail)
  } catch (error) {
    fs.closeSync(html)
    if (csv !== undefined) fs.closeSync(csv)
    removeParts(outDir)
    throw error
  }
  fs.closeSync(html)
  fs.closeSync(csv)
  for (const name of reportNames) fs.renameSync(path.join(outDir, partName(name)), path.join(outDir, name))
}
