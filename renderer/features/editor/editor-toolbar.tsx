import type { Dispatch, SetStateAction } from 'react'
import { useI18n } from '../../i18n/i18n'
import { Icon } from '../../ui/icon'
import type { SaveStatus } from './autosaver'
import { SaveStatusView } from './save-status'

export type EditorSide = 'findings' | 'history' | 'none'

/** The editor's top row: back, the title, the save status, and the preview / findings / history / mark / delete buttons. */
export function EditorToolbar(props: {
  title: string
  /** shown only while the notice is editable */
  status: SaveStatus | undefined
  previewing: boolean
  setPreviewing: Dispatch<SetStateAction<boolean>>
  side: EditorSide
  setSide: Dispatch<SetStateAction<EditorSide>>
  count: number
  editable: boolean
  busy: boolean
  onBack: () => void
  onMark: () => void
  onDelete: () => void
}) {
  const { t } = useI18n()
  const { title, status, previewing, setPreviewing, side, setSide, count, editable, busy, onBack, onMark, onDelete } = props
  return (
    <div className="editor__toolbar">
      <button type="button" className="button button--ghost" onClick={onBack}>
        <Icon name="back" />
        {t('editor.back')}
      </button>
      <span className="editor__crumb" aria-hidden="true">
        {title}
      </span>
      {status && <SaveStatusView status={status} />}
      <div className="editor__actions">
        <button type="button" className={previewing ? 'button button--pressed' : 'button'} aria-pressed={previewing} onClick={() => setPreviewing((on) => !on)}>
          <Icon name="eye" />
          {t('preview.toggle')}
        </button>
        <button
          type="button"
          className={side === 'findings' ? 'button button--pressed' : 'button'}
          aria-expanded={side === 'findings'}
          aria-controls="findings-panel"
          onClick={() => setSide((open) => (open === 'findings' ? 'none' : 'findings'))}
        >
          <Icon name="shield" />
          {t('findings.toggle')}
          {count > 0 && <span className="editor__count">{count}</span>}
        </button>
        <button
          type="button"
          className={side === 'history' ? 'button button--pressed' : 'button'}
          aria-expanded={side === 'history'}
          aria-controls="version-history"
          onClick={() => setSide((open) => (open === 'history' ? 'findings' : 'history'))}
        >
          <Icon name="history" />
          {t('history.toggle')}
        </button>
        {editable && !previewing && (
          <button type="button" className="button" onMouseDown={(event) => event.preventDefault()} onClick={onMark} title={t('manual.hint')}>
            <Icon name="shield" />
            {t('manual.button')}
          </button>
        )}
        {editable && (
          <button type="button" className="button button--danger-ghost" onClick={onDelete} disabled={busy}>
            <Icon name="trash" />
            {t('editor.delete')}
          </button>
        )}
      </div>
    </div>
  )
}
