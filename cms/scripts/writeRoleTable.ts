import fs from 'node:fs'
import path from 'node:path'

import { roleTableMarkdown, roleTableMarkers } from '../access/roleTable'
import { rootDir } from '../paths'

/** Rewrites the role table in README.md from cms/access/policy.ts. */
const readme = path.join(rootDir, 'README.md')
const text = fs.readFileSync(readme, 'utf8')
const start = text.indexOf(roleTableMarkers.start)
const end = text.indexOf(roleTableMarkers.end)
if (start < 0 || end < start) throw new Error(`README.md has no ${roleTableMarkers.start} … ${roleTableMarkers.end} block`)
const updated = `${text.slice(0, start + roleTableMarkers.start.length)}\n${roleTableMarkdown()}\n${text.slice(end)}`
fs.writeFileSync(readme, updated)
console.log(updated === text ? 'README.md: role table already up to date' : 'README.md: role table rewritten')
