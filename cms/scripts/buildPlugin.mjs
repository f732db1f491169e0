// Builds the publishable plugin (`npm pack` runs this first): the server entry and the admin
// components as ES modules for Node and the host's Next.js, and their type declarations.
// Packages stay imports, so the host's own payload, React and @payloadcms/ui are used.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

import { build } from 'esbuild'

const outdir = 'dist/plugin'
for (const dir of [outdir, 'dist/types']) fs.rmSync(dir, { recursive: true, force: true })
const common = { bundle: true, format: 'esm', packages: 'external', target: 'node22', jsx: 'automatic', logLevel: 'warning', outdir }
await build({ ...common, entryPoints: { index: 'cms/plugin/index.ts' }, platform: 'node' })
// The admin entry is loaded in the browser through the host's import map: a client module with its stylesheet.
await build({ ...common, entryPoints: { admin: 'cms/components/index.ts' }, platform: 'neutral' })
const admin = fs.readFileSync(`${outdir}/admin.js`, 'utf8')
if (!admin.startsWith('"use client";')) throw new Error('admin entry lost its "use client" directive')
fs.writeFileSync(`${outdir}/admin.js`, admin.replace('"use client";', `"use client";\nimport './admin.css';`))
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.plugin.json'], { stdio: 'inherit' })
for (const file of fs.readdirSync(outdir)) console.log(`${outdir}/${file}  ${(fs.statSync(`${outdir}/${file}`).size / 1024).toFixed(1)} KB`)
