/** Deterministic record content for the crash test, so every restart can check every byte it finds. */

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const hash = (k: number): number => Math.imul(k, 2654435761) >>> 0

/** Mostly short; one in twenty is several KB, so the byte threshold for snapshots is crossed too. */
export function payloadFor(k: number): string {
  const h = hash(k)
  const size = h % 20 === 0 ? 4000 + (h % 4000) : 20 + (h % 200)
  const unit = `公示${k}|`
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
}

export function blobFor(k: number): Uint8Array {
  const h = hash(k)
  return Uint8Array.from({ length: 1 + (h % 16) }, (_, i) => (h >>> ((i % 4) * 8)) & 0xff)
}
