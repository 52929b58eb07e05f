import fs from 'node:fs'
import path from 'node:path'

export { cli, type CliRun as Run } from '../../support/cli'

/** Writes a password file the way people do: sometimes with a BOM, usually with a line ending. */
export function passwordFile(dir: string, name: string, password: string, ending = '\n', bom = false): string {
  const file = path.join(dir, name)
  fs.writeFileSync(file, `${bom ? '\uFEFF' : ''}${password}${ending}`)
  return file
}
