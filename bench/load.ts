import http from 'node:http'

export type LoadResult = { rps: number; p50Ms: number; bytes: number; status: number; body: Buffer }

/**
 * Requests one URL over kept-alive connections for a fixed time, `concurrency` at once, and
 * returns the rate, the median latency, and the first answer (status and body, to compare).
 */
export async function load(url: string, { ms = 4000, concurrency = 8, headers = {} as Record<string, string> } = {}): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency })
  const latencies: number[] = []
  let first: { status: number; body: Buffer } | undefined
  const once = () =>
    new Promise<void>((resolve, reject) => {
      const started = performance.now()
      http
        .get(url, { agent, headers }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () => {
            latencies.push(performance.now() - started)
            first ??= { status: res.statusCode ?? 0, body: Buffer.concat(chunks) }
            resolve()
          })
        })
        .on('error', reject)
    })
  const until = Date.now() + ms
  const started = Date.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) await once()
    }),
  )
  const elapsed = (Date.now() - started) / 1000
  agent.destroy()
  latencies.sort((a, b) => a - b)
  return { rps: latencies.length / elapsed, p50Ms: latencies[Math.floor(latencies.length / 2)] ?? 0, bytes: first?.body.length ?? 0, status: first?.status ?? 0, body: first?.body ?? Buffer.alloc(0) }
}
