/**
 * WebRTC's IP handling: no UDP except through a proxy, and there is none — so no STUN or media datagram
 * can leave the machine even if script ran in a page (the CSP forbids it; this is the next wall).
 */
export const webRtcIpHandlingPolicy = 'disable_non_proxied_udp' as const

/**
 * Chromium flags every Countersign-started Chromium gets (the browser shell's window and the PDF printer):
 * a fresh start with no first-run pages, no background traffic of its own (updates, sync, translation,
 * media discovery), no extensions, WebRTC off non-proxied UDP, Chinese UI. Each caller adds how it cuts the network off.
 */
export const quietChromiumFlags: readonly string[] = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
  // the switch current Chromium reads (checked against Debian's chromium 150: without it six STUN
  // datagrams leave), and the older name some builds still know
  `--webrtc-ip-handling-policy=${webRtcIpHandlingPolicy}`,
  `--force-webrtc-ip-handling-policy=${webRtcIpHandlingPolicy}`,
  '--lang=zh-CN',
]
