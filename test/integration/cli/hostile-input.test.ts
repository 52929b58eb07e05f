// Issue 9 item 7: inputs that hung or crashed the CLI. Each must end as contracts.md §1 says: one line on
// stderr naming the file and the problem, exit 2, never a stack trace — or, for a reader that closes the
// pipe early, quietly with the command's own exit code.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, repoRoot, type CliRun } from '../../support/cli'
import { tempDir } from '../../support/temp-dir'

const bin = path.join(repoRoot, 'bin/countersign.mjs')
const bundle = path.join(repoRoot, 'test/fixtures/bundle/golden-v1.zip')
const trust = path.join(repoRoot, 'test/fixtures/bundle/golden-trust.json')

function expectOneLine(run: CliRun, ...parts: string[]): void {
  expect(run.code).toBe(2)
  const lines = run.stderr.trimEnd().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(/^countersign: /)
  for (const part of parts) expect(lines[0]).toContain(part)
  expect(run.stderr).not.toMatch(/\n\s+at |Error:/)
}

describe('CLI inputs that used to hang or crash', () => {
  it('refuses a text file over 50 MB before reading it (was: V8 out of memory)', async () => {
    const file = path.join(tempDir(), 'huge.txt')
    fs.writeFileSync(file, '')
    fs.truncateSync(file, 60 * 1024 * 1024)
    expectOneLine(await cli(['scan', '--json', file]), file, 'larger than 50 MB')
    expectOneLine(await cli(['redact', '--policy', 'strict', '--out', tempDir(), file]), file, 'larger than 50 MB')
  })

  it('refuses a device and a FIFO instead of reading them forever', async () => {
    const dir = tempDir()
    const zero = path.join(dir, 'zero.txt')
    fs.symlinkSync('/dev/zero', zero)
    expectOneLine(await cli(['scan', zero]), zero, 'not a regular file')
    const csv = path.join(dir, 'zero.csv')
    fs.symlinkSync('/dev/zero', csv)
    expectOneLine(await cli(['scan', '--json', csv]), csv, 'not a regular file')
    const fifo = path.join(dir, 'pipe.txt')
    execFileSync('mkfifo', [fifo])
    expectOneLine(await cli(['scan', fifo]), fifo, 'not a regular file')
    const docx = path.join(dir, 'zero.docx')
    fs.symlinkSync('/dev/zero', docx)
    expectOneLine(await cli(['scan', docx]), docx, 'not a regular file')
  })

  it('refuses to import /dev/zero as a notice', async () => {
    const dir = tempDir()
    const zero = path.join(dir, 'zero.xlsx')
    fs.symlinkSync('/dev/zero', zero)
    expectOneLine(await cli(['notice', 'new', '--import', zero, '--data', path.join(dir, 'data')]), zero, '不是普通文件', 'not a regular file')
  })

  it('gives a clean error for an output folder that cannot be made (was: an endless mkdir loop)', async () => {
    const file = path.join(tempDir(), 'a.txt')
    fs.writeFileSync(file, '联系电话 13905621234\n')
    expectOneLine(await cli(['redact', '--policy', 'strict', '--out', '/proc/nope', file]), '/proc/nope', 'cannot create the output directory')
    const blocker = path.join(tempDir(), 'file')
    fs.writeFileSync(blocker, 'x')
    expectOneLine(await cli(['redact', '--policy', 'strict', '--out', path.join(blocker, 'out'), file]), 'not a directory')
  })

  it('exits quietly with the verification result when stdout is closed early (verify … | head -1)', async () => {
    const child = spawn(process.execPath, [bin, 'verify', bundle, '--trust', trust], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] })
    // the reader is gone before the first line: every write meets EPIPE
    child.stdout.destroy()
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)))
    expect(stderr).toBe('')
    expect(code).toBe(0)
  })

  // A real full disk: a 2 MB tmpfs in a private mount namespace (root only; the mount vanishes with it).
  const probe = process.platform === 'linux' ? spawnSync('unshare', ['-m', 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs /mnt'], { encoding: 'utf8' }) : undefined
  const canMount = probe?.status === 0
  it.skipIf(!canMount)('says which data folder is full and that nothing was lost (ENOSPC on a real tmpfs)', () => {
    const dir = tempDir()
    const mountPoint = path.join(dir, 'disk')
    fs.mkdirSync(mountPoint)
    const small = path.join(dir, 'small.txt')
    fs.writeFileSync(small, '关于城乡低保对象的公示\n')
    const big = path.join(dir, 'big.txt')
    fs.writeFileSync(big, '低保名单 张三 '.repeat(40_000))
    const node = process.execPath
    const data = path.join(mountPoint, 'data')
    const script = [
      `mount -t tmpfs -o size=2m tmpfs "${mountPoint}" || exit 90`,
      `"${node}" "${bin}" notice new --title 一 --body-file "${small}" --data "${data}" || exit 91`,
      // fill the disk, leaving 64 KB: enough to open the store, not to save 800 KB
      `avail=$(df -B1 --output=avail "${mountPoint}" | tail -1)`,
      `fallocate -l $((avail - 65536)) "${mountPoint}/filler" || exit 92`,
      `"${node}" "${bin}" notice new --title 二 --body-file "${big}" --data "${data}"; echo "full-exit=$?"`,
      `rm "${mountPoint}/filler"`,
      `"${node}" "${bin}" notice list --json --data "${data}" || exit 93`,
    ].join('\n')
    const run = spawnSync('unshare', ['-m', 'sh', '-c', script], { encoding: 'utf8', cwd: repoRoot })
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('full-exit=2')
    const lines = run.stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain(`${data}/store`)
    expect(lines[0]).toContain('磁盘已满')
    expect(lines[0]).toContain('everything saved before is intact')
    const listed = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as { notices: { title: string }[] }
    expect(listed.notices.map((n) => n.title)).toEqual(['一'])
  })
})
