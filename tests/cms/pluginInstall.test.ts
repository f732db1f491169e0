import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { waitForHttp } from '../../cms/runtime/services'
import { freePort } from '../helpers/serveSite'

/**
 * The proof that the plugin installs: the project packed with `npm pack`, a bare Payload app
 * (tests/fixtures/pluginHost: its own users and pages, SQLite, with Payload's blank app routes) that installs the tarball from the
 * npm registry's packages, makes its migrations with `payload migrate:create`, migrates, and serves
 * its REST API through Payload's own handler (serveRest.ts); then used over REST as any client would.
 * The admin is not built (a Next build of a bare app costs minutes of CI): its components are bundled
 * from the package as the host's import map names them.
 * Once per run: on the SQLite pass only.
 */
const root = process.cwd()
const adminEmail = 'quan-tri@host.test'
const adminPassword = 'mat-khau-quan-tri-host-1'
let work: string
let app: string
let url: string
let server: ReturnType<typeof spawn> | undefined
const output: string[] = []

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    const out: string[] = []
    child.stdout.on('data', (d) => out.push(String(d)))
    child.stderr.on('data', (d) => out.push(String(d)))
    child.on('exit', (code) => (code === 0 ? resolve(out.join('')) : reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${out.join('').slice(-4000)}`))))
  })
}
const npm = (args: string[], cwd: string, env?: Record<string, string>) => run('npm', args, cwd, env)
const bin = (name: string) => path.join(app, 'node_modules', '.bin', name)

/** The host's dependencies at the versions this project is built and tested with. */
function hostPackage(tarball: string) {
  const own = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
  const versions = { ...own.devDependencies, ...own.dependencies }
  const names = ['payload', '@payloadcms/next', '@payloadcms/ui', '@payloadcms/db-sqlite', '@payloadcms/richtext-lexical', '@payloadcms/translations', 'next', 'react', 'react-dom', 'sharp', 'graphql']
  return {
    name: 'host-app',
    private: true,
    type: 'module',
    dependencies: { ...Object.fromEntries(names.map((n) => [n, versions[n]])), 'du-an-8-portal': `file:${tarball}` },
    // As the README says: plugin-seo's newest release names an older payload.
    overrides: own.overrides,
  }
}

type Json = Record<string, unknown>
async function api(method: string, route: string, body?: Json, token?: string): Promise<{ status: number; json: Json }> {
  const res = await fetch(`${url}/api${route}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  return { status: res.status, json: (await res.json().catch(() => ({}))) as Json }
}
const created = (r: { status: number; json: Json }) => {
  expect(r.status, JSON.stringify(r.json)).toBe(201)
  return (r.json.doc as { id: number }).id
}
const richText = (text: string) => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }] }] },
})

describe.runIf(process.env.TEST_DB === 'sqlite')('the packed plugin in a bare Payload app', () => {
  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'duan8-plugin-host-'))
    // `prepack` builds the plugin first and prints its sizes; npm's JSON report follows.
    const packOutput = await npm(['pack', '--json', '--pack-destination', work], root)
    const packed = JSON.parse(packOutput.slice(packOutput.search(/^\[/m))) as { filename: string }[]
    app = path.join(work, 'app')
    fs.cpSync(path.join(root, 'tests', 'fixtures', 'pluginHost'), app, { recursive: true })
    // Payload's blank app routes (admin, REST), the same files the serving benchmark's bare app has.
    fs.cpSync(path.join(root, 'bench', 'barePayload', 'app'), path.join(app, 'app'), { recursive: true })
    fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify(hostPackage(path.join(work, packed[0]!.filename)), null, 2))
    await npm(['install', '--prefer-offline', '--no-audit', '--no-fund'], app)
    const env = { PAYLOAD_CONFIG_PATH: 'payload.config.ts', HOST_APP_DIR: app }
    await run(bin('payload'), ['generate:importmap'], app, env)
    await run(bin('payload'), ['migrate:create', 'initial'], app, env)
    await run(bin('payload'), ['migrate'], app, env)
    await run(bin('payload'), ['run', 'seedAdmin.ts'], app, { ...env, NODE_ENV: 'production', HOST_ADMIN_EMAIL: adminEmail, HOST_ADMIN_PASSWORD: adminPassword })
    const port = await freePort()
    url = `http://127.0.0.1:${port}`
    server = spawn(bin('payload'), ['run', 'serveRest.ts'], { cwd: app, env: { ...process.env, ...env, NODE_ENV: 'production', HOST_APP_PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] })
    server.stdout!.on('data', (d) => output.push(String(d)))
    server.stderr!.on('data', (d) => output.push(String(d)))
    await waitForHttp(`${url}/api/users/me`, 120_000)
  }, 900_000)
  afterAll(async () => {
    server?.kill('SIGTERM')
    if (work) fs.rmSync(work, { recursive: true, force: true })
  })

  it('ships the plugin entry, its admin entry and their types, and nothing of the app', () => {
    const pkg = path.join(app, 'node_modules', 'du-an-8-portal')
    const files = fs.readdirSync(path.join(pkg, 'dist', 'plugin')).sort()
    expect(files).toEqual(['admin.css', 'admin.js', 'index.js'])
    expect(fs.existsSync(path.join(pkg, 'dist', 'types', 'cms', 'plugin', 'index.d.ts'))).toBe(true)
    for (const absent of ['site', 'tests', 'cms', 'collections']) expect(fs.existsSync(path.join(pkg, absent)), absent).toBe(false)
    // Its own migration, made by the host with `payload migrate:create`, holds the plugin's tables.
    const migration = fs.readdirSync(path.join(app, 'migrations')).find((f) => f.endsWith('_initial.ts'))!
    const sql = fs.readFileSync(path.join(app, 'migrations', migration), 'utf8')
    for (const table of ['plans', 'indicator_reports', 'contests', 'pages', 'users']) expect(sql).toContain(`CREATE TABLE \\\`${table}\\\``)
  })

  it("creates a plan, a report and a contest over REST as the host's administrator; the public sees only what is published", async () => {
    const login = await api('POST', '/users/login', { email: adminEmail, password: adminPassword })
    expect(login.status).toBe(200)
    const token = login.json.token as string
    expect(((login.json.user as Json).role)).toBe('admin')

    const province = created(await api('POST', '/org-units', { name: 'Tỉnh Thanh Hoá', level: 'province', code: '38' }, token))
    const commune = created(await api('POST', '/org-units', { name: 'Xã Phú Nhuận', level: 'commune', parent: province }, token))
    const indicator = created(await api('POST', '/indicators', { code: 'DA8-01', name: 'Tổ truyền thông cộng đồng', unit: 'tổ', contentArea: 'nd1', aggregation: 'sum', type: 'output' }, token))
    const year = new Date().getFullYear()
    const plan = created(
      await api('POST', '/plans', {
        title: 'Kế hoạch thực hiện Dự án 8', issuingBody: 'Hội LHPN tỉnh', body: richText('Mục I.'), _status: 'published',
        period: { startYear: year, endYear: year }, orgUnits: [commune],
        targets: [{ indicator, value: 14, unit: 'tổ' }],
        reportingDeadlines: [{ level: 'commune', kind: 'report', day: 5, month: 12 }, { level: 'commune', kind: 'update', day: 20, month: 12 }],
      }, token),
    )
    const periods = await api('GET', `/reporting-periods?where[plan][equals]=${plan}&sort=startDate`, undefined, token)
    const period = ((periods.json.docs as { id: number }[]) ?? [])[0]
    expect(period, JSON.stringify(periods.json)).toBeDefined()
    const report = created(await api('POST', '/indicator-reports', { plan, period: period!.id, orgUnit: commune, values: [{ indicator, value: 3 }] }, token))
    const contest = created(
      await api('POST', '/contests', {
        title: 'Hội thi mô hình sáng tạo', rules: richText('Thể lệ.'), opensAt: `${year}-01-01T00:00:00.000Z`, closesAt: `${year}-02-01T00:00:00.000Z`,
        criteria: [{ name: 'Tính sáng tạo', weight: 1, maxScore: 10 }], _status: 'published',
      }, token),
    )

    const publicPlans = await api('GET', '/plans')
    expect((publicPlans.json.docs as { id: number }[]).map((d) => d.id)).toEqual([plan])
    const publicReport = await api('GET', `/indicator-reports/${report}`)
    expect(publicReport.status).toBe(403)
    expect(JSON.stringify(publicReport.json)).toMatch(/không có quyền|not allowed/i)
    expect((await api('GET', `/contests/${contest}`)).status).toBe(200)
  })

  it("keeps the host's own pages and users as the host made them", async () => {
    const token = (await api('POST', '/users/login', { email: adminEmail, password: adminPassword })).json.token as string
    const page = created(await api('POST', '/pages', { title: 'Giới thiệu', body: 'Trang của đơn vị.' }, token))
    const read = await api('GET', `/pages/${page}`)
    expect([read.status, read.json.title]).toEqual([200, 'Giới thiệu'])
    // A new user of the host has no role: Project 8 gives them nothing beyond what any logged-in user has.
    const user = created(await api('POST', '/users', { email: 'ban-doc@host.test', password: 'mat-khau-ban-doc-1' }, token))
    const reader = (await api('POST', '/users/login', { email: 'ban-doc@host.test', password: 'mat-khau-ban-doc-1' })).json.token as string
    // The host's users access lets a user edit their own account; the role field stays the administrator's.
    const promote = await api('PATCH', `/users/${user}`, { role: 'admin', name: 'Bạn đọc' }, reader)
    expect(promote.status, JSON.stringify(promote.json)).toBe(200)
    const reread = await api('GET', `/users/${user}`, undefined, token)
    expect([reread.json.name, reread.json.role ?? null]).toEqual(['Bạn đọc', null])
    const refused = await api('POST', '/plans', { title: 'Không được phép', issuingBody: 'x', body: richText('x') }, reader)
    expect(refused.status).toBe(403)
  })

  it("resolves every admin component the host's import map names from the package's admin entry", async () => {
    const importMap = fs.readFileSync(path.join(app, 'app', '(payload)', 'admin', 'importMap.js'), 'utf8')
    const names = [...importMap.matchAll(/import \{ (\w+) as \w+ \} from 'du-an-8-portal\/admin'/g)].map((m) => m[1]!)
    // The host's own users keep the host's password screens: the plugin's two users fields are not there.
    expect(names.sort()).toEqual(['ContestRanking', 'LateBadge', 'ReportImportPanel', 'ReportValuesGrid'])
    // Bundled as the host's Next build would take them: through the package's exports, with its stylesheet;
    // a name the entry does not export fails the bundle.
    const result = await build({
      stdin: { contents: `export { ${names.join(', ')} } from 'du-an-8-portal/admin'`, resolveDir: app, loader: 'js' },
      bundle: true, write: false, outdir: path.join(work, 'bundle'), format: 'esm', logLevel: 'silent',
      external: ['react', 'react/*', 'react-dom', '@payloadcms/*'],
    })
    expect(result.errors).toEqual([])
    expect(result.outputFiles.map((f) => path.extname(f.path)).sort()).toEqual(['.css', '.js'])
  })
})
