import http from 'node:http'

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string }

/**
 * One HTTP request with exactly the headers given. Node's fetch would not let a test forge `Host`
 * or `Origin`, which is precisely what a DNS-rebinding or cross-site page does.
 */
export function rawRequest(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers, setHost: options.headers?.host === undefined },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

/** A well-formed `app.info` call; each test then breaks exactly one thing about it. */
export function invokeAppInfo(port: number, headers: Record<string, string>): Promise<RawResponse> {
  return rawRequest(port, {
    method: 'POST',
    path: '/api/invoke',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ channel: 'app.info', request: {} }),
  })
}
