import path from 'node:path'
import { scan, type Finding } from '../../../shared/pii/index'
import { parse } from '../args'
import { readTextFile } from '../files'
import { CliError, printJson, type Output } from '../io'

export const scanUsage = 'scan [--json] [--policy NAME] FILE...'

const supported = new Set(['.txt', '.md', '.csv', '.tsv', '.html', '.htm'])

/** Scans files for personal information; findings are results, so the exit code stays 0. */
export function scanCommand(args: string[], output: Output): number {
  const { values, positionals } = parse(args, { policy: { type: 'string' } })
  if (!positionals.length) throw new CliError(`no files given; usage: ${scanUsage}`)
  const files: { path: string; findings: Finding[] }[] = []
  for (const file of positionals) {
    const ext = path.extname(file).toLowerCase()
    if (!supported.has(ext)) throw new CliError(`${file}: unsupported file type ${ext || '(none)'}; supported: ${[...supported].join(' ')}`)
    files.push({ path: file, findings: scan(readTextFile(file)) })
  }
  if (values.json) {
    printJson(output, { files: files.map((f) => ({ path: f.path, findings: f.findings.map(publicFinding) })) })
    return 0
  }
  for (const file of files) {
    output.out(`${file.path}: ${file.findings.length} 处个人信息 (findings)`)
    for (const f of file.findings) output.out(`  ${String(f.start).padStart(6)}  ${f.type.padEnd(19)} ${f.confidence.toFixed(2)}  ${f.rule}  ${f.text}`)
  }
  return 0
}

function publicFinding(f: Finding): Finding {
  return { type: f.type, start: f.start, end: f.end, text: f.text, confidence: Math.round(f.confidence * 1000) / 1000, rule: f.rule, reasons: f.reasons }
}
