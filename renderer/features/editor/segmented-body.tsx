import { useLayoutEffect, useMemo, useRef, type ReactNode } from 'react'
import type { BodyTable } from '../../../shared/notice/body-tables'
import { limits } from '../../../shared/notice/notice'
import { useI18n } from '../../i18n/i18n'
import { HighlightLayer } from '../findings/highlight-layer'
import type { Mark } from '../findings/layer-lines'
import { replaceText, segmentBody, type TextSegment } from './body-segments'
import { LayeredText, type PasteResult } from './layered-text'
import { TableGrid, type Reveal } from './table-grid'

export type GridOptions = {
  marks: readonly Mark[]
  selectedKey: string | undefined
  /** 定位: a finding to bring into view and select ({key, nonce}: the same key again is a new request). */
  reveal?: { key: string; nonce: number }
  /** A row or column left the grid: the caller says so and offers 撤销. */
  onStructure: (message: string, before: string, after: string) => void
  /** The selection in 正文 moved (body offsets), for 标记为个人信息. */
  onSelection?: (start: number, end: number) => void
  /** 按纯文本编辑: the whole body in one textarea; held by the editor so it lasts across the preview. */
  plainText?: boolean
  onPlainText?: (on: boolean) => void
}

export type SegmentedBodyProps = GridOptions & {
  id: string
  value: string
  tables: readonly BodyTable[]
  readOnly: boolean
  placeholder: string
  describedBy?: string
  onChange: (value: string) => void
  onBlur: () => void
  onCaret?: (position: number) => void
  onPasteText?: (result: PasteResult) => void
}

/** The marks inside [start, end], moved to offsets in that text. */
function marksIn(marks: readonly Mark[], start: number, end: number): Mark[] {
  const inside: Mark[] = []
  for (const mark of marks) {
    if (mark.start >= start && mark.end <= end) inside.push({ ...mark, start: mark.start - start, end: mark.end - start })
  }
  return inside
}

function TextBlock({
  segment,
  first,
  props,
  reveal,
}: {
  segment: TextSegment
  first: boolean
  props: SegmentedBodyProps
  reveal: Reveal | undefined
}) {
  const { t } = useI18n()
  const { value, marks, selectedKey, readOnly } = props
  const area = useRef<HTMLTextAreaElement>(null)
  const layer = useRef<HTMLDivElement>(null)
  const local = useMemo(() => marksIn(marks, segment.start, segment.end), [marks, segment.start, segment.end])
  const revealed = useRef<number | undefined>(undefined)
  useLayoutEffect(() => {
    if (!reveal || revealed.current === reveal.nonce || segment.edge) return
    if (reveal.start < segment.start || reveal.end > segment.end) return
    revealed.current = reveal.nonce
    area.current?.focus({ preventScroll: true })
    area.current?.setSelectionRange(reveal.start - segment.start, reveal.end - segment.start)
    layer.current?.querySelector('mark.mark--selected')?.scrollIntoView({ block: 'center' })
  })
  const edgeHint = segment.edge === 'before' ? t('grid.typeBefore') : segment.edge === 'after' ? t('grid.typeAfter') : undefined
  const layerNode: ReactNode = local.length > 0 ? <HighlightLayer text={segment.text} marks={local} selectedKey={selectedKey} containerRef={layer} /> : undefined
  return (
    <LayeredText
      id={first ? props.id : undefined}
      className={segment.edge ? 'body-field--segment body-field--edge' : 'body-field--segment'}
      value={segment.text}
      readOnly={readOnly}
      maxLength={limits.body - (value.length - segment.text.length) - (segment.edge ? 1 : 0)}
      placeholder={first && value === '' ? props.placeholder : edgeHint}
      ariaLabel={first ? undefined : t('grid.textBlock')}
      ariaDescribedBy={first ? props.describedBy : undefined}
      textareaRef={area}
      layer={layerNode}
      onChange={(text) => props.onChange(replaceText(value, segment, text))}
      onBlur={props.onBlur}
      onSelect={(start, end) => {
        if (segment.edge) return
        props.onCaret?.(segment.start + start)
        props.onSelection?.(segment.start + start, segment.start + end)
      }}
      onPasteText={props.onPasteText}
    />
  )
}

/**
 * 正文 with its tables as grids: the text between tables in textareas exactly like the plain body (with
 * their highlights), each table as a TableGrid. Every edit anywhere rewrites the one body string.
 */
export function SegmentedBody(props: SegmentedBodyProps) {
  const { value, tables, marks, reveal: revealKey } = props
  const segments = useMemo(() => segmentBody(value, tables), [value, tables])
  // the finding to show, as body offsets, once per request
  const reveal = useMemo((): Reveal | undefined => {
    if (!revealKey) return undefined
    const mark = marks.find((m) => m.key === revealKey.key)
    return mark ? { start: mark.start, end: mark.end, nonce: revealKey.nonce } : undefined
    // marks move with every keystroke; only a new request asks again
  }, [revealKey])
  let firstText = true
  return (
    <div
      className="segmented-body"
      data-testid="segmented-body"
    >
      {segments.map((segment) => {
        if (segment.kind === 'table') {
          return (
            <TableGrid
              key={segment.key}
              segment={segment}
              body={value}
              readOnly={props.readOnly}
              marks={marks}
              selectedKey={props.selectedKey}
              reveal={reveal}
              onChange={props.onChange}
              onBlur={props.onBlur}
              onStructure={props.onStructure}
              onSelect={(start, end) => {
                props.onCaret?.(start)
                props.onSelection?.(start, end)
              }}
              onPasteText={props.onPasteText}
            />
          )
        }
        const first = firstText
        firstText = false
        return <TextBlock key={segment.key} segment={segment} first={first} props={props} reveal={reveal} />
      })}
    </div>
  )
}
