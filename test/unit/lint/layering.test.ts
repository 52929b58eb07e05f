import path from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../../..')
// With CI=true typescript-eslint assumes a one-shot CLI run and type-checks the file as it is on disk,
// ignoring the text passed to lintText; the watch-program mode lints the text given.
process.env.TSESTREE_SINGLE_RUN = 'false'

// The layering is a lint rule; these tests prove the rule fires, by linting code that breaks it
// under the path of a real file in each layer.
async function ruleIds(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root })
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message)
}

describe('layering lint', () => {
  it('keeps shared/ free of Node and of the other layers', async () => {
    expect(await ruleIds('shared/api/result.ts', "import fs from 'node:fs'\nexport const x = fs.existsSync('a')\n")).toContain('no-restricted-imports')
    expect(await ruleIds('shared/api/result.ts', "import { openCore } from '../../electron/services/core'\nexport const x = openCore\n")).toContain(
      'import-x/no-restricted-paths',
    )
  })

  it('keeps the renderer away from Node code', async () => {
    expect(await ruleIds('renderer/lib/api.ts', "import { openCore } from '../../electron/services/core'\nexport const x = openCore\n")).toContain(
      'import-x/no-restricted-paths',
    )
    expect(await ruleIds('renderer/lib/api.ts', "import path from 'node:path'\nexport const x = path.sep\n")).toContain('no-restricted-imports')
  })

  it('forbids console and floating promises in app code', async () => {
    const ids = await ruleIds('electron/services/common/logger.ts', 'export async function f(): Promise<void> {}\nconsole.log(1)\nvoid 0\nf()\n')
    expect(ids).toContain('no-console')
    expect(ids).toContain('@typescript-eslint/no-floating-promises')
  })
})
