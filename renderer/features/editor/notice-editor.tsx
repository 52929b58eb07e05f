import { useCallback, useMemo, useState } from 'react'
import { findImportMarkers, tableCellAt } from '../../../shared/notice/body-tables'
import type { Reviewed } from '../findings/review-types'
import type { Notice, NoticeState } from '../../../shared/notice/notice'
import { call } from '../../lib/api'
import { errorText } from '../../lib/error-text'
import { useMounted } from '../../lib/use-mounted'
import { useI18n } from '../../i18n/i18n'
import { ConfirmDialog } from '../../ui/confirm-dialog'
import { useToast } from '../../ui/toast'
import { FindingsPanel } from '../findings/findings-panel'
import { HighlightLayer } from '../findings/highlight-layer'
import { PublishPreview } from '../findings/publish-preview'
import { useFindingsReview } from '../findings/use-findings-review'
import { useManualFindings } from '../findings/use-manual-findings'
import { useWholeColumns } from './use-whole-columns'
import { ManualDialog } from '../findings/manual-dialog'
import { useWorkflow } from '../review/use-workflow'
import { useNavigation } from '../shell/navigation'
import { BodyTablesPanel } from './body-tables-panel'
import { tablesOf } from './tables-of'
import { useFindingReveal } from './use-finding-reveal'
import { ConflictBanner } from './conflict-banner'
import { ImportMarkersBanner } from './import-markers-banner'
import { NoticeFieldsForm } from './notice-fields'
import { SaveFailedBanner } from './save-failed-banner'
import { EditorToolbar } from './editor-toolbar'
import { useAutosave } from './use-autosave'
import { useBodyEdits } from './use-body-edits'
import { useBodyMarking } from './use-body-marking'
import { useLeaveGuard } from './use-leave-guard'
import { VersionHistory } from './version-history'
import { WorkflowBanners } from './workflow-banners'
import { WorkflowBar } from './workflow-bar'
import { maskLongNumbers } from '../../../shared/redact/long-numbers'

/** Only drafts (and notices sent back for changes) are edited; later states are frozen by the workflow. */
function isEditableState(state: NoticeState): boolean {
  return state === 'draft' || state === 'rejected'
}

export function NoticeEditor({ notice, onReload }: { notice: Notice; onReload: () => void }) {
  const { t, locale } = useI18n()
  const toast = useToast()
  const { navigate, returnTo, setLeaveGuard } = useNavigation()
  // The workflow state is live (a submission, an approval or an imported decision changes it while the
  // editor is open); the notice's own state only counts until it has loaded. Submitting, approving and
  // rejecting never change the text or its revision, so the autosaver stays valid across them.
  const workflow = useWorkflow(notice.id)
  const state = workflow.view?.state ?? notice.state
  const mayEdit = workflow.view ? workflow.view.can.edit : true
  const editable = notice.deletedAt === null && isEditableState(state) && mayEdit
  const autosave = useAutosave(notice, editable)
  const leave = useLeaveGuard(autosave.flush, autosave.status.kind !== 'saved')
  // One side panel at a time: the findings (the default) or the version history.
  const [side, setSide] = useState<'findings' | 'history' | 'none'>('findings')
  const [previewing, setPreviewing] = useState(false)
  const [busy, setBusy] = useState(false)
  const review = useFindingsReview(notice.id, autosave.fields, workflow.view?.storedPolicy)
  // 人工标记: what the drafter marked by hand, re-anchored on the text as typed
  const manual = useManualFindings(notice.id, autosave.fields)
  // 整列删除: the columns the published notice leaves out, worked out once typing pauses
  const wholeColumns = useWholeColumns(autosave.fields.body, review.scan.ready ? review.scan.scannedText : undefined, review.allReviewed, manual.placed)
  const closeFindings = useCallback(() => setSide('none'), [])
  // 定位: the finding selected, and the grid or text block holding it scrolled to it (after the preview closes)
  const { reveal, selectFinding } = useFindingReveal(review.select, previewing, setPreviewing)
  // 导入标记: hidden rows/columns/sheets an import brought in, drawn apart from the findings
  const importMarkers = useMemo(() => findImportMarkers(autosave.fields.body), [autosave.fields.body])
  const marks = useMemo(() => {
    const hand = manual.placed.flatMap(({ manual: m, field, span }) =>
      field === 'body' && span ? [{ key: `manual-${m.id}`, start: span.start, end: span.end, severity: 'high' as const, state: 'hidden' as const }] : [],
    )
    if (importMarkers.length === 0 && hand.length === 0) return review.marks
    const extra = importMarkers.map((m, i) => ({ key: `import-marker-${i}`, start: m.start, end: m.end, severity: 'low' as const, state: 'unresolved' as const, kind: 'import' as const }))
    return [...review.marks, ...hand, ...extra].sort((a, b) => a.start - b.start)
  }, [review.marks, importMarkers, manual.placed])
  // 表1 · 第3行 · 身份证号: findings index into the scanned text, so its tables place them
  const scannedTables = useMemo(() => tablesOf(review.scan.scannedText), [review.scan.scannedText])
  const locate = useCallback(
    (item: Reviewed) => {
      if (item.field) return t(`findings.field.${item.field}`)
      const cell = tableCellAt(scannedTables, item.finding.start)
      return cell && cell.row > 0 ? t('tables.location', { table: cell.table + 1, row: cell.row, column: cell.header }) : undefined
    },
    [scannedTables, t],
  )
  // 正文's edits, with one undo history for the text and the grids
  const edits = useBodyEdits(autosave)
  const { replaceBody, removeMarker, structure } = edits
  // 人工标记 of words selected in 正文, wherever the selection is (text block or grid cell)
  const marking = useBodyMarking(autosave.fields.body, review.textareaRef, autosave.flush, manual)
  const { trackSelection } = marking
  const [plainText, setPlainText] = useState(false)
  const grid = useMemo(
    () => ({ marks, selectedKey: review.selectedKey, reveal, onStructure: structure, onSelection: trackSelection, plainText, onPlainText: setPlainText }),
    [marks, review.selectedKey, reveal, structure, trackSelection, plainText],
  )

  const displayTitle = autosave.fields.title || t('notice.untitled')
  // Findings of older text (typing since the last scan) are not the ones the service will check.
  const scanStatus = review.scan.failed ? 'failed' : review.scan.ready && review.scan.exact && review.scan.scannedText === autosave.fields.body ? 'ready' : 'scanning'

  // False once the officer has left this editor (another page, or another notice).
  const mounted = useMounted()
  const remove = async () => {
    setBusy(true)
    try {
      // Save first, so what lands in the recycle bin is what the officer sees now.
      if (!(await autosave.flush())) return
      await call('notice.delete', { id: notice.id })
      // Back to the list only from this editor: an officer who went elsewhere meanwhile stays there
      // (and the leave guard is then another page's, not ours to clear).
      if (mounted.current) {
        setLeaveGuard(undefined)
        await navigate(returnTo)
      }
      toast.show({
        message: t('editor.deleted', { title: maskLongNumbers(displayTitle) }),
        action: {
          label: t('action.undo'),
          run: () => void call('notice.restore', { id: notice.id }).catch((error: unknown) => toast.show({ message: errorText(error, t, locale), tone: 'error' })),
        },
      })
    } catch (error) {
      toast.show({ message: t('editor.deleteFailed', { message: errorText(error, t, locale) }), tone: 'error' })
    } finally {
      setBusy(false)
    }
  }

  const saveAsNew = async () => {
    setBusy(true)
    try {
      const created = await call('notice.create', autosave.fields)
      // Our edits now live in the new notice; the conflicted one needs no saving.
      setLeaveGuard(undefined)
      await navigate({ page: 'editor', id: created.id })
    } catch (error) {
      toast.show({ message: errorText(error, t, locale), tone: 'error' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div
      className="editor"
      // Scan timings for the e2e budget check and benches; nothing here is shown to the officer.
      data-scan-ms={review.scan.workerMs?.toFixed(2)}
      data-scan-roundtrip-ms={review.scan.roundTripMs?.toFixed(2)}
      data-scan-length={review.scan.scannedText.length}
      data-scan-exact={review.scan.exact ? 'true' : 'false'}
      onKeyDownCapture={edits.onKeyDownCapture}
      onKeyDown={(event) => {
        // Officers press Ctrl+S out of habit; save now instead of letting the browser offer to save the page.
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
          event.preventDefault()
          void autosave.flush()
        }
      }}
    >
      <EditorToolbar
        title={displayTitle}
        status={editable ? autosave.status : undefined}
        previewing={previewing}
        setPreviewing={setPreviewing}
        side={side}
        setSide={setSide}
        count={review.summary.total}
        editable={editable}
        busy={busy}
        onBack={() => void navigate(returnTo)}
        onMark={marking.start}
        onDelete={() => void remove()}
      />
      <WorkflowBar
        workflow={workflow}
        submit={{
          fields: autosave.fields,
          reviewed: review.allReviewed,
          summary: review.summary,
          scan: scanStatus,
          save: autosave.status,
          flush: autosave.flush,
        }}
      />
      <div className="editor__layout">
        <div className="editor__scroll">
          {autosave.status.kind === 'failed' && (
            <SaveFailedBanner error={autosave.status.error} willRetry={autosave.status.willRetry} onRetry={autosave.retry} />
          )}
          {autosave.status.kind === 'conflict' && <ConflictBanner busy={busy} onSaveAsNew={() => void saveAsNew()} onReload={onReload} />}
          <WorkflowBanners view={workflow.view} deleted={notice.deletedAt !== null} />
          {!editable && (notice.deletedAt !== null || !workflow.view) && (
            <div className="banner banner--info editor__banner" role="note">
              <p className="banner__text">{t('editor.readOnly', { state: t(`state.${state}`) })}</p>
            </div>
          )}
          {!editable && notice.deletedAt === null && workflow.view && isEditableState(state) && (
            <div className="banner banner--info editor__banner" role="note">
              <p className="banner__text">{t('workflow.notYours', { name: workflow.view.drafter?.name ?? '' })}</p>
            </div>
          )}
          <div className="paper">
            {previewing ? (
              <PublishPreview
                fields={autosave.fields}
                reviewed={review.allReviewed}
                summary={review.summary}
                current={review.scan.ready && review.scan.exact && review.scan.scannedText === autosave.fields.body}
                manual={manual.placed}
              />
            ) : (
              <NoticeFieldsForm
                fields={autosave.fields}
                readOnly={!editable || autosave.status.kind === 'conflict'}
                autoFocusTitle={editable && notice.revision === 1 && notice.title === '' && notice.body === ''}
                onChange={edits.change}
                onBlur={() => void autosave.flush()}
                body={{
                  layer: <HighlightLayer text={autosave.fields.body} marks={marks} selectedKey={review.selectedKey} containerRef={review.layerRef} />,
                  layerDescription: review.summary.total > 0 ? t('editor.findingsSummary', { count: review.summary.total }) : undefined,
                  textareaRef: review.textareaRef,
                  onCaret: review.caretAt,
                  grid,
                  onPasteText: ({ dropped, tooLong }) => {
                    if (tooLong) toast.show({ message: t('paste.tooLong'), tone: 'error' })
                    else if (dropped > 0) toast.show({ message: t('paste.dropped', { count: dropped }) })
                  },
                }}
                aboveBody={
                  <>
                    <ImportMarkersBanner count={importMarkers.length} />
                    <BodyTablesPanel body={autosave.fields.body} editable={editable && autosave.status.kind !== 'conflict'} onBody={replaceBody} proposed={wholeColumns} />
                  </>
                }
              />
            )}
          </div>
        </div>
        {side === 'findings' && (
          <FindingsPanel
            id="findings-panel"
            reviewed={review.allReviewed}
            summary={review.summary}
            policyLabel={review.policy.label[locale]}
            status={review.scan.failed ? 'failed' : review.scan.ready ? 'ready' : 'scanning'}
            decisionsError={review.decisions.loadError === undefined ? undefined : errorText(review.decisions.loadError, t, locale)}
            editable={editable}
            selectedKey={review.selectedKey}
            onRemoveMarker={removeMarker}
            manual={manual.placed}
            onUnmark={marking.unmark}
            locate={locate}
            onSelect={selectFinding}
            onDecide={review.decide}
            onUndecide={review.undecide}
            onClose={closeFindings}
          />
        )}
        {side === 'history' && <VersionHistory id="version-history" noticeId={notice.id} revision={autosave.revision} onClose={() => setSide('findings')} />}
      </div>
      <ManualDialog selected={marking.marking?.text} onMark={marking.mark} onClose={marking.cancel} />
      <ConfirmDialog
        open={leave.open}
        title={t('leave.title')}
        body={t('leave.body')}
        confirmLabel={t('leave.discard')}
        cancelLabel={t('leave.stay')}
        danger
        onConfirm={leave.discard}
        onCancel={leave.stay}
      />
    </div>
  )
}
