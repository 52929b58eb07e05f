/**
 * Run inside a fresh network namespace (`unshare -rn node --import tsx webrtc-probe.ts [--without-policy]`):
 * gives it one interface, listens for UDP on its address as a STUN server would, starts Chromium with the browser
 * shell's own flags (chromiumArgs), and has a page try an RTCPeerConnection with that STUN server. Prints
 * one JSON line: how many datagrams reached the listener and how many ICE candidates the page saw.
 * `--without-policy` drops the WebRTC flag: the control run that shows the probe can see a datagram at all.
 */
import { spawnSync } from 'node:child_process'
import dgram from 'node:dgram'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { chromiumArgs } from '../../../electron/host/chromium'

const withoutPolicy = process.argv.includes('--without-policy')
// WebRTC ignores loopback when it gathers candidates: give the namespace one ordinary interface, whose
// address the listener below stands on as the "outside" STUN server.
const stunHost = '10.99.0.1'
for (const command of [
  ['link', 'set', 'lo', 'up'],
  ['link', 'add', 'probe0', 'type', 'veth', 'peer', 'name', 'probe1'],
  ['addr', 'add', `${stunHost}/24`, 'dev', 'probe0'],
  ['link', 'set', 'probe0', 'up'],
  ['link', 'set', 'probe1', 'up'],
]) {
  const run = spawnSync('ip', command)
  if (run.status !== 0) throw new Error(`ip ${command.join(' ')} failed in the namespace`)
}

const socket = dgram.createSocket('udp4')
let datagrams = 0
socket.on('message', () => datagrams++)
await new Promise<void>((resolve) => socket.bind(0, stunHost, () => resolve()))
const port = socket.address().port

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'countersign-webrtc-'))
const args = chromiumArgs('about:blank', profile, true)
  .filter((a) => !a.startsWith('--app=') && !a.startsWith('--user-data-dir='))
  .filter((a) => !(withoutPolicy && /^--(?:force-)?webrtc-ip-handling-policy=/.test(a)))
const browser = await chromium.launch({ executablePath: process.env.COUNTERSIGN_CHROMIUM ?? '/usr/bin/chromium', args })
try {
  const page = await browser.newPage()
  const candidates = await page.evaluate(async (stun) => {
    const pc = new RTCPeerConnection({ iceServers: [{ urls: stun }] })
    pc.createDataChannel('probe')
    const found: string[] = []
    const done = new Promise<void>((resolve) => {
      pc.onicecandidate = (event) => {
        if (event.candidate) found.push(event.candidate.candidate)
        else resolve()
      }
      setTimeout(resolve, 8000)
    })
    await pc.setLocalDescription(await pc.createOffer())
    await done
    pc.close()
    return found.length
  }, `stun:${stunHost}:${port}`)
  // a STUN request sent late still arrives within this
  await new Promise((resolve) => setTimeout(resolve, 1000))
  process.stdout.write(`${JSON.stringify({ datagrams, candidates })}\n`)
} finally {
  await browser.close()
  socket.close()
  fs.rmSync(profile, { recursive: true, force: true })
}
