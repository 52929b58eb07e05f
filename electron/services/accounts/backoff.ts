/**
 * 登录退避 — how long an account waits after repeated wrong passwords. The first few mistakes cost
 * nothing; from the fifth on each one doubles the wait (1 s, 2 s, 4 s …) up to 15 minutes. Online
 * guessing through the app then gets nowhere, while a colleague who mistypes is barely slowed.
 */
export const backoffPolicy = { freeFailures: 4, maxWaitSeconds: 15 * 60 } as const

/** Seconds to wait after `failures` consecutive failures (0 while still within the free ones). */
export function backoffSeconds(failures: number): number {
  if (failures <= backoffPolicy.freeFailures) return 0
  return Math.min(2 ** (failures - backoffPolicy.freeFailures - 1), backoffPolicy.maxWaitSeconds)
}

/** Whole seconds left before `lockedUntil` (ISO), rounded up; 0 when it has passed or is unset. */
export function secondsLeft(lockedUntil: string | null, now: Date): number {
  if (lockedUntil === null) return 0
  const ms = Date.parse(lockedUntil) - now.getTime()
  return ms > 0 ? Math.ceil(ms / 1000) : 0
}
