import fs from 'node:fs'

import { describe, expect, it } from 'vitest'

import { allBuiltFiles } from '../helpers/builtPages'

/**
 * The portal's Content-Security-Policy allows scripts from its own origin only
 * (cms/runtime/securityHeaders.mjs); that holds because no built page carries a script of its
 * own text or an event-handler attribute. Its few scripts are deferred: they never hold up the
 * first paint on a slow connection, and every page reads and prints without them.
 */
describe('built pages under a strict script policy', () => {
  it('have no inline scripts and no on…= handlers; each script is a deferred file that exists', () => {
    const pages = allBuiltFiles().filter((file) => file.endsWith('.html'))
    expect(pages.length).toBeGreaterThan(20)
    const sources = new Set<string>()
    for (const file of pages) {
      const raw = fs.readFileSync(file, 'utf8')
      // Attribute values (a hostile title in a meta description, say) are text, not markup.
      const markup = raw.replace(/="[^"]*"/g, '=""')
      for (const tag of markup.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []) {
        const open = tag.slice(0, tag.indexOf('>') + 1)
        expect(open, `inline script in ${file}`).toMatch(/\ssrc=/)
        expect(open, `render-blocking script in ${file}`).toMatch(/\sdefer\b|type=""/)
        expect(tag.slice(open.length, -'</script>'.length).trim(), file).toBe('')
      }
      for (const tag of markup.match(/<[a-z][^>]*>/gi) ?? []) expect(tag, `event handler in ${file}`).not.toMatch(/\son[a-z]+=/i)
      for (const [, src] of raw.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)) sources.add(src)
    }
    expect([...sources]).toContain('/js/cong-cu-trang.js')
    for (const src of sources) expect(allBuiltFiles().some((f) => f.endsWith(src)), src).toBe(true)
  })
})
