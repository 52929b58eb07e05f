import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { mayRemoveColumns } from '../../../../renderer/features/editor/use-whole-columns'
import { previewModel, withoutRemovedColumns } from '../../../../renderer/features/findings/preview-model'
import type { Reviewed } from '../../../../renderer/features/findings/review-types'
import { keyFindings } from '../../../../shared/findings/finding-key'
import { reviewFindings } from '../../../../shared/findings/resolution'
import { noticeTypes } from '../../../../shared/notice/notice'
import { scan } from '../../../../shared/pii/index'
import { noticePolicy, proposeAction } from '../../../../shared/policy/index'

const labelled = path.resolve(import.meta.dirname, '../../../fixtures/pii/labelled')

function dropped(body: string, reviewed: readonly Reviewed[]): number {
  try {
    return withoutRemovedColumns(previewModel(body, reviewed, [])).droppedColumns?.length ?? 0
  } catch {
    return 0
  }
}

describe('整列删除 worked out only when redaction can remove', () => {
  it('never skips a body whose redaction drops a column, under every notice type', () => {
    const bodies = fs
      .readdirSync(labelled)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => fs.readFileSync(path.join(labelled, name), 'utf8'))
      .filter((text) => text.includes('\t'))
    bodies.push('低保对象公示\n序号\t姓名\t身份证号码\t联系电话\n1\t王建国\t340705198503121037\t13812345678\n2\t李秀英\t340705198711021025\t13912345678')
    bodies.push('名单\n序号\t姓名\t备注\n1\t王建国\t【已删除】\n2\t李秀英\t【已删除】')
    let guarded = 0
    let droppedSeen = 0
    for (const body of bodies) {
      const findings = keyFindings('notice-1', scan(body))
      for (const type of noticeTypes) {
        const policy = noticePolicy(null, type)
        const reviewed = reviewFindings(findings, new Map(), (finding) => proposeAction(policy, finding))
        const count = dropped(body, reviewed)
        if (count > 0) droppedSeen++
        if (!mayRemoveColumns(body, reviewed, [])) {
          guarded++
          expect(count, type).toBe(0)
        }
      }
    }
    // both sides were met: bodies skipped, and bodies whose columns go
    expect(guarded).toBeGreaterThan(0)
    expect(droppedSeen).toBeGreaterThan(0)
  })
})
