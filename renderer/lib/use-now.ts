import { useEffect, useState } from 'react'

/** The current time, refreshed every `intervalMs`, so “5 分钟前” does not go stale on an open screen. */
export function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), intervalMs)
    return () => window.clearInterval(timer)
  }, [intervalMs])
  return now
}
