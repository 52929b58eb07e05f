import path from 'node:path'
import type { Page } from '@playwright/test'
import { screenshotDir } from './paths'

const sizes = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
] as const

/**
 * Saves the window at the two sizes officers use under test-results/screenshots/, for a person to look
 * at (browser shell only), and leaves the window at 1280×800 as the fixture opened it.
 */
export async function shot(page: Page, shell: string, name: string): Promise<void> {
  if (shell !== 'browser') return
  for (const size of sizes) {
    await page.setViewportSize(size)
    await page.screenshot({ path: path.join(screenshotDir, `${name}-${size.width}x${size.height}.png`) })
  }
  await page.setViewportSize(sizes[0])
}
