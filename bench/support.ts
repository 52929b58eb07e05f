/** Small helpers for benchmarks: percentiles and aligned figure lines. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index] ?? Number.NaN
}

export function figure(label: string, value: number, unit: string, target?: string): void {
  const shown = value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)
  console.log(`${label.padEnd(52)} ${shown.padStart(9)} ${unit.padEnd(5)}${target ? `  (target ${target})` : ''}`)
}

export function heading(text: string): void {
  console.log(`\n== ${text}`)
}

/** A notice body of realistic size and shape (about 1.5 KB of Chinese with a small table). */
export function sampleBody(i: number): string {
  const rows = Array.from({ length: 8 }, (_, r) => `${r + 1}\t申请人${i}-${r}\t某某村${r + 1}组\t${300 + r * 10}元`).join('\n')
  return `根据《社会救助暂行办法》，经入户调查、民主评议，现将第${i}批城乡居民最低生活保障对象名单公示如下：\n序号\t户主\t住址\t保障金额\n${rows}\n公示期为7天。如有异议，请在公示期内向镇民政办反映。\n`.repeat(3)
}
