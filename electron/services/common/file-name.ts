/** A title fit for a file name on Windows and Linux: no separators or reserved characters, not too long. */
export function safeName(title: string): string {
  const cleaned = title.replace(/[\\/:*?"<>|\p{Cc}]/gu, '').trim().slice(0, 40)
  return cleaned === '' ? '公告' : cleaned
}
