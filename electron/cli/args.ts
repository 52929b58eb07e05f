import { parseArgs, type ParseArgsConfig } from 'node:util'
import { CliError } from './io'

type Options = NonNullable<ParseArgsConfig['options']>

/** Options every command accepts. */
export const commonOptions = {
  data: { type: 'string' },
  json: { type: 'boolean', default: false },
  as: { type: 'string' },
  'password-file': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies Options

/** What parse returns: parseArgs's own result type, written out so the declaration emit can name it. */
export type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: typeof commonOptions & O; allowPositionals: true; strict: true }>>

/** parseArgs with the CLI's own error: an unknown flag or a missing value is a usage error (exit 2). */
export function parse<O extends Options>(args: string[], options: O): Parsed<O> {
  try {
    return parseArgs({ args, options: { ...commonOptions, ...options }, allowPositionals: true, strict: true })
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message.split('\n')[0] ?? 'bad arguments' : 'bad arguments')
  }
}

export function requireString(value: string | boolean | undefined, flag: string): string {
  if (typeof value !== 'string' || value === '') throw new CliError(`missing ${flag}`)
  return value
}

/** The one positional a command takes (a notice's id): missing or followed by another is a usage error. */
export function onlyId(positionals: string[]): string {
  const [id, extra] = positionals
  if (!id) throw new CliError('missing notice ID')
  if (extra !== undefined) throw new CliError(`unexpected argument: ${extra}`)
  return id
}
