/**
 * `npm run bench` (second part): progress aggregation over COMMUNES × PERIODS × INDICATORS values
 * (default 4,000 × 10 × 30 = 1.2 million) on SQLite and, when BENCH_POSTGRES_URI or
 * TEST_POSTGRES_URI names a server, on PostgreSQL: the database's GROUP BY against a JavaScript
 * reduce over the Local API's pages, both measured in this run.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { tsxBin } from '../cms/runtime/services'

const root = path.resolve(import.meta.dirname, '..')

type Result = { values: number; approvedReports: number; groups: number; jsGroups: number; seedMs: number; dbMs: number; jsMs: number; differences: string[]; differenceCount: number }

function measure(uri: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, DATABASE_URI: uri, PAYLOAD_SECRET: 'bench', PAYLOAD_DISABLE_JOBS: '1', NODE_ENV: 'production', MEDIA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'duan8-agg-media-')) } as NodeJS.ProcessEnv
    const child = spawn(process.execPath, [tsxBin, 'bench/aggregationRun.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (c) => (out += c))
    child.stderr.on('data', (c) => (out += c))
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('{"values"'))
      if (code === 0 && line) resolve(JSON.parse(line) as Result)
      else reject(new Error(out.slice(-3000)))
    })
  })
}

const targets: { name: string; uri: string; cleanup: () => Promise<void> }[] = []
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'duan8-agg-'))
targets.push({ name: 'SQLite', uri: `file:${path.join(work, 'bench.db')}`, cleanup: async () => fs.rmSync(work, { recursive: true, force: true }) })
const pgAdmin = process.env.BENCH_POSTGRES_URI ?? process.env.TEST_POSTGRES_URI
if (pgAdmin) {
  const name = `duan8_bench_${process.pid}`
  const admin = new pg.Client({ connectionString: pgAdmin })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  const uri = new URL(pgAdmin)
  uri.pathname = `/${name}`
  targets.push({
    name: 'PostgreSQL',
    uri: uri.toString(),
    cleanup: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await admin.end()
    },
  })
}

const rows: [string, Result][] = []
for (const target of targets) {
  process.stdout.write(`${target.name}: filling and measuring… `)
  try {
    rows.push([target.name, await measure(target.uri)])
    console.log('done')
  } finally {
    await target.cleanup()
  }
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`
console.log('\nProgress aggregation: database GROUP BY vs JavaScript reduce over Local API pages (same run)')
console.log('| database | values | approved reports | groups | fill (bulk SQL) | database aggregation | JS over Local API | ratio |')
console.log('|---|---|---|---|---|---|---|---|')
for (const [name, r] of rows) {
  console.log(`| ${name} | ${r.values.toLocaleString('en')} | ${r.approvedReports.toLocaleString('en')} | ${r.groups.toLocaleString('en')} | ${s(r.seedMs)} | ${s(r.dbMs)} | ${s(r.jsMs)} | ${(r.jsMs / r.dbMs).toFixed(1)}× faster |`)
}
if (!pgAdmin) console.log('(PostgreSQL: set BENCH_POSTGRES_URI=postgres://user:pass@host/postgres to include it.)')
const wrong = rows.filter(([, r]) => r.differenceCount > 0)
for (const [name, r] of wrong) console.error(`\n${name}: the database and the JavaScript baseline disagree in ${r.differenceCount} places, so the speed-up above means nothing:\n  ${r.differences.join('\n  ')}`)
if (process.env.BENCH_SKIP_JS === '1') console.log('(BENCH_SKIP_JS=1: the figures were not compared.)')
else if (wrong.length === 0) console.log('Both give the same figures for every group (checked value by value).')
process.exit(wrong.length > 0 ? 1 : 0)
