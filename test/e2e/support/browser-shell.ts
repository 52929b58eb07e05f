import { spawn } from 'node:child_process'
import { hostEntry } from './paths'

export type HostProcess = {
  /** The full URL with its one-time code (`#code=…`), as the host prints it: it opens one window. */
  url: string
  origin: string
  port: number
  /** Stops the host the way Ctrl+C or a closed window does (SIGTERM), and waits for it to exit. */
  stop(): Promise<void>
}

// Sized for a busy two-core machine: these bound a hang, they measure nothing.
const startTimeoutMs = 60_000
const stopTimeoutMs = 30_000

/** Starts `node out/main/host.js --data DIR --no-open` and waits for its COUNTERSIGN_URL line. */
export function startHost(dataDir: string): Promise<HostProcess> {
  const child = spawn(process.execPath, [hostEntry, '--data', dataDir, '--no-open'], { stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))

  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs)
    await exited
    clearTimeout(timer)
  }

  return new Promise<HostProcess>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop()
      reject(new Error(`host did not print COUNTERSIGN_URL within ${startTimeoutMs} ms\n${stdout}${stderr}`))
    }, startTimeoutMs)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`host exited with ${String(code)} before it was ready\n${stdout}${stderr}`))
    })
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      const match = /^COUNTERSIGN_URL=(\S+)$/m.exec(stdout)
      if (!match?.[1]) return
      clearTimeout(timer)
      const url = new URL(match[1])
      resolve({ url: match[1], origin: url.origin, port: Number(url.port), stop })
    })
  })
}
