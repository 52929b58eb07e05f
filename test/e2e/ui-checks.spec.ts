import { expect, test } from './support/app-fixture'
import { clippedLabels, latinWords, unexpectedLatin } from './support/ui-checks'

// The checks the screenshots run (support/ui-checks.ts) must fire on what they are there to catch, or a
// green screenshots spec would prove nothing. Browser shell only, like the screenshots.
test.skip(({ shell }) => shell !== 'browser', 'the checks run on the browser shell’s screenshots')

test('the English check passes standards, formats and data, and names a real English word', () => {
  expect(unexpectedLatin('国密 SM2 联合签名与 Ed25519 签名；导出 PDF、CSV；身份证号（ID）；Ctrl+Z 撤销')).toEqual([])
  expect(unexpectedLatin('密钥 2098 be9a 4d9a 8104 …；对象 0077f5ea；文件 trust.json、/tmp/site/news.html')).toEqual([])
  expect(unexpectedLatin('已导出签名包 Exported')).toEqual(['Exported'])
  expect(unexpectedLatin('请先Submit再审核')).toEqual(['Submit'])
  expect(unexpectedLatin('SM2 is on')).toEqual(['is', 'on'])
})

test('on a real page, an English button and a cut-off label are reported', async ({ app }) => {
  const page = app.page
  await app.signIn('drafter')
  await expect(page.getByRole('heading', { name: '草稿', level: 1 })).toBeVisible()
  expect(await latinWords(page)).toEqual([])
  expect(await clippedLabels(page)).toEqual([])

  await page.getByRole('heading', { name: '草稿', level: 1 }).evaluate((heading) => {
    const english = document.createElement('button')
    english.textContent = 'New notice'
    const narrow = document.createElement('button')
    narrow.textContent = '已发布信息排查'
    narrow.style.cssText = 'width: 40px; height: 24px; overflow: hidden; white-space: nowrap'
    heading.after(english, narrow)
  })
  expect(await latinWords(page)).toEqual(['New', 'notice'])
  expect(await clippedLabels(page)).toEqual(['已发布信息排查'])
})
