// `npm test`: two vitest runs side by side, one per core. Vitest runs files of projects without
// file parallelism (the site's builds and browser tests, and the whole product started as
// `npm start`) one after another, after every parallel file; in one run the machine's second core
// would wait through that chain. So the chain runs in one process and the CMS suites (SQLite, and
// PostgreSQL when TEST_POSTGRES_URI is set) in the other, one file at a time.
// With arguments (`npm test -- tests/site/planPages.test.ts`), one plain vitest run.
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs')
const args = process.argv.slice(2)

function run(label, vitestArgs) {
  // Each run names its own PostgreSQL databases, so neither drops the other's when it ends.
  const env = { ...process.env, DUAN8_TEST_RUN: crypto.randomBytes(3).toString('hex') }
  const child = spawn(process.execPath, [vitest, 'run', ...vitestArgs], { cwd: root, env, stdio: label ? ['ignore', 'pipe', 'pipe'] : 'inherit' })
  if (label) {
    for (const [from, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]]) {
      let rest = ''
      from.setEncoding('utf8')
      from.on('data', (chunk) => {
        const lines = (rest + chunk).split('\n')
        rest = lines.pop()
        if (lines.length) to.write(lines.map((line) => `[${label}] ${line}\n`).join(''))
      })
      from.on('end', () => rest && to.write(`[${label}] ${rest}\n`))
    }
  }
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))))
}

const cmsProjects = ['cms-sqlite', ...(process.env.TEST_POSTGRES_URI ? ['cms-postgres'] : [])].flatMap((p) => ['--project', p])
const started = Date.now()
const codes = args.length
  ? [await run(null, args)]
  : await Promise.all([run('site+app', ['--project', 'site', '--project', 'app']), run('cms', [...cmsProjects, '--maxWorkers=1'])])
if (!args.length) console.log(`\nnpm test: ${codes.every((c) => c === 0) ? 'both runs passed' : `failed (exit codes ${codes.join(', ')})`} in ${Math.round((Date.now() - started) / 1000)} s`)
process.exit(codes.find((c) => c !== 0) ?? 0)
