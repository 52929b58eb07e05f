/** The custom scheme the UI is served on; a privileged standard scheme, never file://. */
export const appScheme = 'app'
/** The one host of the scheme, so every page of the UI shares one origin. */
export const appHost = 'countersign'
export const appOrigin = `${appScheme}://${appHost}`
/** The page the main window loads. */
export const appEntryUrl = `${appOrigin}/index.html`

/** Parses without throwing; the renderer and web requests hand us arbitrary strings. */
function parse(url: string): URL | undefined {
  try {
    return new URL(url)
  } catch {
    return undefined
  }
}

/** True for a URL of our UI: `app://countersign/…` with no credentials or port smuggled in. */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url)
  return (
    parsed !== undefined &&
    parsed.protocol === `${appScheme}:` &&
    parsed.hostname === appHost &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  )
}

/** The scheme of a URL for a log line; the rest of the URL could name a document and is never logged. */
export function schemeOf(url: string): string {
  return parse(url)?.protocol.replace(/:$/, '') ?? 'invalid'
}

export type RequestPolicy = {
  /** Development builds may open DevTools, whose own pages load from devtools://. */
  allowDevTools: boolean
}

/**
 * Whether the session should cancel a request. Everything that is not our UI is cancelled: the
 * renderer has no business on the network. `data:` never leaves the process and `blob:` URLs are
 * allowed only when our own origin minted them.
 */
export function shouldCancelRequest(url: string, policy: RequestPolicy): boolean {
  if (isAppUrl(url)) return false
  const parsed = parse(url)
  if (parsed === undefined) return true
  switch (parsed.protocol) {
    case 'data:':
      return false
    case 'blob:':
      return !isAppUrl(url.slice('blob:'.length))
    case 'devtools:':
      return !policy.allowDevTools
    default:
      return true
  }
}
