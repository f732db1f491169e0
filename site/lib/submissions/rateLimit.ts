/**
 * A sliding-window limit per key (the client's address), in this server's memory: enough for
 * one portal process, which is how `npm start` runs. Returns false when the key is over its limit.
 */
export function createRateLimit(limit: number, windowMs: number) {
  const hits = new Map<string, number[]>()
  return (key: string, now = Date.now()): boolean => {
    const recent = (hits.get(key) ?? []).filter((t) => now - t < windowMs)
    if (recent.length >= limit) {
      hits.set(key, recent)
      return false
    }
    recent.push(now)
    hits.set(key, recent)
    if (hits.size > 10_000) for (const [k, v] of hits) if (v.every((t) => now - t >= windowMs)) hits.delete(k)
    return true
  }
}
