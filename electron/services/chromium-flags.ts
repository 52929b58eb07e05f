/**
 * Chromium flags every Countersign-started Chromium gets (the browser shell's window and the PDF printer):
 * a fresh start with no first-run pages, no background traffic of its own (updates, sync, translation,
 * media discovery), no extensions, Chinese UI. Each caller adds how it cuts the network off.
 */
export const quietChromiumFlags: readonly string[] = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
  '--lang=zh-CN',
]
