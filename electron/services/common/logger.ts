import fs from 'node:fs'
import path from 'node:path'
import { makePrivateDir, privateFileMode } from './private-files'

/** Fields a log line may carry: identifiers, counts and codes — never document text, findings or key material. */
export type LogFields = Record<string, string | number | boolean>
export type Logger = {
  info(event: string, fields?: LogFields): void
  warn(event: string, fields?: LogFields): void
  error(event: string, fields?: LogFields): void
}

/** A logger that drops everything; the default for tests and one-shot CLI commands. */
export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined }

/**
 * Appends one JSON line per event to `<dataDir>/logs/countersign.log`. Callers pass event names and
 * safe fields only; error objects are reduced to their name so a message quoting a document cannot slip in.
 */
export function fileLogger(dataDir: string): Logger {
  const dir = path.join(dataDir, 'logs')
  makePrivateDir(dir)
  const file = path.join(dir, 'countersign.log')
  const write = (level: string, event: string, fields?: LogFields): void => {
    const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields })
    try {
      fs.appendFileSync(file, `${line}\n`, { mode: privateFileMode })
    } catch {
      // Logging must never take the app down; a full disk shows up in the store's own errors.
    }
  }
  return {
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
  }
}

/** The safe part of an unknown error for a log line: its class name and code, not its message. */
export function errorKind(error: unknown): LogFields {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code
    return { error: error.name, ...(typeof code === 'string' ? { code } : {}) }
  }
  return { error: typeof error }
}
