/**
 * 机动车号牌: province abbreviation + issuing-office letter + 5 characters (ordinary, 警/学/挂/领/港/澳
 * endings) or 6 (新能源: D/F first or last), optionally set off by ·, a space or a hyphen; 使馆 and WJ plates.
 * Letters I and O are never issued, which keeps ordinary words out.
 */
import type { ScanContext } from '../scan-context'
import { ctx as C, labelBefore } from '../context'

const PROV = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼'
const L = 'A-HJ-NP-Z'
const PLATE = new RegExp(
  `(?<![A-Za-z0-9])[${PROV}][${L}][·\\- ]?(?:[DF][${L}0-9][0-9]{4}|[0-9]{5}[DF]|[${L}0-9]{4}[${L}0-9挂学警港澳领试超])(?![A-Za-z0-9])`,
  'g',
)
const SPECIAL = /(?<![A-Za-z0-9])(?:使[0-9]{6}|WJ[0-9]{2}[·\- ]?[0-9]{4}[0-9A-Z])(?![A-Za-z0-9])/g

export function detectPlates(ctx: ScanContext): void {
  const text = ctx.text
  for (const re of [PLATE, SPECIAL]) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const v = m[0]
      if (!/[0-9]/.test(v)) continue
      const label = labelBefore(text, m.index, C.plate, 10)
      const cell = ctx.tables.cellAt(m.index)
      const reasons = [re === PLATE ? (v.replace(/[·\- ]/, '').length === 8 ? 'new-energy 8-character plate' : 'ordinary plate shape') : 'special plate shape']
      let confidence = re === PLATE ? 0.9 : 0.75
      if (label) {
        reasons.push(`label ${label}`)
        confidence = 0.98
      } else if (cell?.kind === 'plate') {
        reasons.push(`column header ${cell.header}`)
        confidence = 0.98
      }
      ctx.out.push({ type: 'LICENSE_PLATE', start: m.index, end: m.index + v.length, confidence, rule: re === PLATE ? 'license-plate' : 'license-plate-special', reasons })
    }
  }
}
