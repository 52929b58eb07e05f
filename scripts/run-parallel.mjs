// `npm test`'s middle step: runs the given npm scripts side by side (typecheck, lint and the vitest suite need
// nothing from each other), shows each one's output whole when it ends, and fails when any of them fails.
// Usage: node scripts/run-parallel.mjs SCRIPT...
import { spawn } from 'node:child_process'

const npm = process.env.npm_execpath
const scripts = process.argv.slice(2)
if (scripts.length === 0) {
  process.stderr.write('usage: node scripts/run-parallel.mjs SCRIPT...\n')
  process.exit(2)
}

function run(script) {
  return new Promise((resolve) => {
    const started = Date.now()
    // through npm's own CLI when npm started us (npm_execpath), so each script runs as `npm run` would run it
    const [command, args] = npm ? [process.execPath, [npm, 'run', '--silent', script]] : ['npm', ['run', '--silent', script]]
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' } })
    const output = []
    child.stdout.on('data', (chunk) => output.push(chunk))
    child.stderr.on('data', (chunk) => output.push(chunk))
    let done = false
    const finish = (code, detail = '') => {
      if (done) return
      done = true
      const seconds = ((Date.now() - started) / 1000).toFixed(0)
      const text = Buffer.concat(output).toString()
      process.stdout.write(`\n> npm run ${script} (${code === 0 ? 'ok' : `failed: exit ${code}`}${detail}, ${seconds} s)\n${text}`)
      resolve(code)
    }
    child.on('error', (error) => finish(1, `, ${error.message}`))
    child.on('close', (code, signal) => finish(code ?? 1, signal ? `, ${signal}` : ''))
  })
}

const codes = await Promise.all(scripts.map(run))
process.exit(codes.every((code) => code === 0) ? 0 : 1)
