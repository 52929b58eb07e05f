import { Fragment } from 'react'
import './fingerprint.css'

/**
 * 指纹 — a key fingerprint (eight groups of four hex digits) set in monospace with clear gaps, so two
 * people can read it to each other group by group. `large` is for comparing in person.
 */
export function Fingerprint({ value, size = 'small' }: { value: string | null; size?: 'small' | 'large' }) {
  if (!value) return <span className="fingerprint fingerprint--none">—</span>
  const groups = value.split(/\s+/).filter(Boolean)
  return (
    <span className={`fingerprint fingerprint--${size}`} translate="no">
      {groups.map((group, index) => (
        // The space between groups is dropped by the flex/grid layout but kept when the text is copied or read out.
        <Fragment key={index}>
          {index > 0 && ' '}
          <span className="fingerprint__group">{group}</span>
        </Fragment>
      ))}
    </span>
  )
}
