/**
 * 撤销 / 恢复 for 正文, as in WPS and Word: one history for everything that changes the body — typing in a text
 * block or a grid cell, pasting, deleting a row or a column in the grid, 整列遮盖, deleting a marker's words. Each
 * step is stored as the stretch it changed (not a copy of the body), so a 5,000-row list keeps a long history
 * cheaply. Consecutive typing in one place (拼音 composition included) is one step, as a word processor groups it;
 * a row or column deletion is always a step of its own.
 */

/** One change: at `at`, `removed` was replaced by `inserted`. */
export type HistoryStep = { at: number; removed: string; inserted: string; sealed: boolean }

export type EditKind = 'typing' | 'structure'

const LIMIT = 200
/** A typing step stops growing here, so Ctrl+Z never takes back a whole paragraph at once. */
const RUN_LIMIT = 40

/** The stretch that differs between two texts (their common start and end left out). */
export function diffOf(before: string, after: string): { at: number; removed: string; inserted: string } {
  const max = Math.min(before.length, after.length)
  let start = 0
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++
  let end = 0
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++
  return { at: start, removed: before.slice(start, before.length - end), inserted: after.slice(start, after.length - end) }
}

export class BodyHistory {
  private done: HistoryStep[] = []
  private undone: HistoryStep[] = []

  get canUndo(): boolean {
    return this.done.length > 0
  }

  get canRedo(): boolean {
    return this.undone.length > 0
  }

  /** The body went from `before` to `after` by an edit of this kind. */
  record(before: string, after: string, kind: EditKind = 'typing'): void {
    if (before === after) return
    const change = diffOf(before, after)
    this.undone = []
    const last = this.done[this.done.length - 1]
    if (kind === 'typing' && last && !last.sealed && this.extend(last, change)) return
    this.done.push({ ...change, sealed: kind === 'structure' || change.inserted.includes('\n') })
    if (this.done.length > LIMIT) this.done.shift()
  }

  /** The next edit starts a step of its own (the caret moved, a toast's 撤销 ran…). */
  seal(): void {
    const last = this.done[this.done.length - 1]
    if (last) last.sealed = true
  }

  /** The body before the last step, or undefined when there is none or the body is not what the history knows. */
  undo(body: string): string | undefined {
    const step = this.done[this.done.length - 1]
    if (!step) return undefined
    if (body.slice(step.at, step.at + step.inserted.length) !== step.inserted) {
      this.clear()
      return undefined
    }
    this.done.pop()
    step.sealed = true
    this.undone.push(step)
    return body.slice(0, step.at) + step.removed + body.slice(step.at + step.inserted.length)
  }

  /** The body with the last undone step again, or undefined. */
  redo(body: string): string | undefined {
    const step = this.undone[this.undone.length - 1]
    if (!step) return undefined
    if (body.slice(step.at, step.at + step.removed.length) !== step.removed) {
      this.clear()
      return undefined
    }
    this.undone.pop()
    this.done.push(step)
    return body.slice(0, step.at) + step.inserted + body.slice(step.at + step.removed.length)
  }

  clear(): void {
    this.done = []
    this.undone = []
  }

  /** Folds a typing change into the step before it when it touches only what that step typed (or deletes just before it). */
  private extend(last: HistoryStep, change: { at: number; removed: string; inserted: string }): boolean {
    if (change.inserted.includes('\n') || last.inserted.length + change.inserted.length > RUN_LIMIT) return false
    const end = last.at + last.inserted.length
    if (change.at >= last.at && change.at + change.removed.length <= end) {
      const offset = change.at - last.at
      last.inserted = last.inserted.slice(0, offset) + change.inserted + last.inserted.slice(offset + change.removed.length)
      return true
    }
    // Backspace run: each deletion ends where the last began
    if (last.inserted === '' && change.inserted === '' && change.at + change.removed.length === last.at) {
      last.at = change.at
      last.removed = change.removed + last.removed
      return true
    }
    return false
  }
}
