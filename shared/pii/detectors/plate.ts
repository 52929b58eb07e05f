/**
 * 机动车号牌: province abbreviation + issuing-office letter + 5 characters (ordinary, 警/学/挂/领/港/澳
 * endings) or 6 (新能源: D/F first or last), optionally set off by ·, a full stop, a space or a hyphen; 使馆 and WJ plates.
 * Letters I and O are never issued, which keeps ordinary words out.
 */
import { alnumRuns, emit, type ScanContext } from '../scan-context'
import { ctx as C, labelBefore } from '../context'
import { matchAt, PROVINCES } from '../alnum-runs'
import { columnReason, labelReason, withReason } from '../interned'
import { reason } from '../reasons'
import { scores } from '../data/scores'

const S = scores.plates


const L = 'A-HJ-NP-Z'
/**
 * Both are tried only at the shared alphanumeric runs (alnum-runs.ts): a plate's issuing-office letter
 * starts a run right after the province character, 使 is followed by a run of digits, and WJ starts a
 * run — so one position per run covers every place either regex could match.
 */
const PLATE = new RegExp(
  `(?<![A-Za-z0-9])[${PROVINCES}] ?[${L}][·.\\- ]?(?:[DF] ?[0-9]{5}|[${L}0-9]{6}|[${L}0-9]{4}[${L}0-9挂学警港澳领试超])(?![A-Za-z0-9])`,
  'y',
)
/** The same shape typed in lower case (浙a12345): a plate only where a label or a vehicle says so. */
const PLATE_ANY_CASE = new RegExp(PLATE.source, 'yi')
const SPECIAL = /(?<![A-Za-z0-9])(?:使[0-9]{6}|WJ[0-9]{2}[·\- ]?[0-9]{4}[0-9A-Z])(?![A-Za-z0-9])/y
const ordinaryReason = reason('plate')
/** The standard new-energy form: D/F, a letter or digit, four digits. Others (D72K91) need context. */
const STRICT_NEW_ENERGY = /[DF][A-HJ-NP-Z0-9][0-9]{4}$|[0-9]{5}[DF]$/
const VEHICLE_CONTEXT = /驾驶|自驾|驾车|开车|私家车|挪车|停车|车辆|号牌|车牌|轿车|汽车|货车|客车|出租车|摩托车|三轮车|面包车|号车|乘坐|车主|新能源|机动车/
const newEnergyReason = reason('plateNewEnergy')

export function detectPlates(ctx: ScanContext): void {
  const text = ctx.text
  const runs = alnumRuns(ctx)
  for (const re of [PLATE, SPECIAL]) {
    matchAt(text, re, re === PLATE ? runs.plates : runs.specialPlates, (start, end) => {
      const v = text.slice(start, end)
      if (!/[0-9]/.test(v)) return
      const label = labelBefore(text, start, C.plate, 10)
      const ci = ctx.tables.indexAt(start)
      let reasons = [re === PLATE ? (v.replace(/[·.\- ]/g, '').length === 8 ? newEnergyReason : ordinaryReason) : reason('plateSpecial')]
      let confidence = re === PLATE ? S.ordinary : S.special
      const compact = v.replace(/[·.\- ]/g, '')
      if (re === PLATE && compact.length === 8 && !STRICT_NEW_ENERGY.test(compact) && !label) {
        const around = text.slice(Math.max(0, start - 12), Math.min(text.length, end + 12))
        if (!VEHICLE_CONTEXT.test(around)) return
        reasons = withReason(reasons, reason('plateIrregular'))
        confidence = S.irregularBesideVehicle
      }
      if (label) {
        reasons = withReason(reasons, labelReason(label))
        confidence = S.withContext
      } else if (ci >= 0 && ctx.tables.kindOf(ci) === 'plate') {
        reasons = withReason(reasons, columnReason(ctx.tables.headerOf(ci)))
        confidence = S.withContext
      }
      emit(ctx, 'LICENSE_PLATE', start, end, confidence, re === PLATE ? 'license-plate' : 'license-plate-special', reasons)
    })
  }
  matchAt(text, PLATE_ANY_CASE, runs.plates, (start, end) => {
    const v = text.slice(start, end)
    if (v === v.toUpperCase() || !/[0-9]/.test(v)) return
    const label = labelBefore(text, start, C.plate, 10)
    if (!label && !VEHICLE_CONTEXT.test(text.slice(Math.max(0, start - 12), Math.min(text.length, end + 12)))) return
    const reasons = [ordinaryReason, reason('plateLowerCase'), label ? labelReason(label) : reason('vehicleBeside')]
    emit(ctx, 'LICENSE_PLATE', start, end, label ? S.lowerCaseLabelled : S.lowerCaseBesideVehicle, 'license-plate', reasons)
  })
}
