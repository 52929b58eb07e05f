import { useEffect, useRef, type RefObject } from 'react'

/** A ref that reads false once the component has unmounted: an answer arriving late can tell it is no longer wanted. */
export function useMounted(): RefObject<boolean> {
  const mounted = useRef(true)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])
  return mounted
}
