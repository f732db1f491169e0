import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createReportingFixture, type ReportingFixture } from '../fixtures/reportingFixture'
import { rest, tokenFor } from '../helpers/rest'
import { startTestPayload, type TestContext } from '../helpers/testPayload'

let ctx: TestContext
let f: ReportingFixture
let tokens: Record<'communeA' | 'district', string>

beforeAll(async () => {
  ctx = await startTestPayload()
  f = await createReportingFixture(ctx.payload)
  tokens = { communeA: await tokenFor(ctx, f.users.communeA.email), district: await tokenFor(ctx, f.users.district.email) }
})
afterAll(() => ctx?.close())

const header = 'xa,ky,ma_chi_tieu,gia_tri,mau_so,nu,nam,dtts,ghi_chu'
const upload = async (token: string | undefined, lines: string[], plan: unknown = f.plan.id) => {
  const res = await rest(ctx, 'POST', `/indicator-reports/import-csv?plan=${plan}`, { token, raw: { body: `\uFEFF${[header, ...lines].join('\r\n')}\r\n`, type: 'text/csv; charset=utf-8' } })
  return { status: res.status, body: (await res.json()) as { ok: boolean; created?: number; updated?: number; errors?: { line: number; column: string; message: string }[] } }
}
const reports = () => ctx.payload.find({ collection: 'indicator-reports', depth: 1, pagination: false })

describe('CSV import of reports (Biểu 2.8 kept in a spreadsheet)', () => {
  it('imports a clean file into a draft report of the officer’s own commune', async () => {
    const { status, body } = await upload(tokens.communeA, ['Xã An,2026-H1,T-01,3,,,,,Thành lập mới 1 tổ', 'An,2026-h1,T-02,10,,6,4,8,', 'xa an,2026-H1,T-03,"12",80,,,,'])
    expect(status).toBe(200)
    expect(body).toMatchObject({ ok: true, created: 1, updated: 0, rows: 3 })
    const [report] = (await reports()).docs
    expect(report!.status).toBe('draft')
    expect(report!.values?.map((v) => [(v.indicator as { code: string }).code, v.value, v.denominator ?? null, v.female ?? null])).toEqual([
      ['T-01', 3, null, null],
      ['T-02', 10, null, 6],
      ['T-03', 12, 80, null],
    ])
  })

  it('refuses a file with one bad row, says where and why, and stores nothing', async () => {
    const before = JSON.stringify((await reports()).docs.map((d) => d.values))
    const { status, body } = await upload(tokens.communeA, ['Xã An,2026-H1,T-01,5,,,,,', 'Xã An,2026-H1,T-02,10,,7,2,,'])
    expect(status).toBe(400)
    expect(body.errors).toEqual([{ line: 3, column: 'nu', message: 'Chỉ số T-02: số nữ (7) cộng số nam (2) phải bằng tổng (10).' }])
    expect(JSON.stringify((await reports()).docs.map((d) => d.values))).toBe(before)
  })

  it('reports every problem of a file by line and column, in Vietnamese', async () => {
    const { body } = await upload(tokens.communeA, [
      'Xã Không Có,2026-H1,T-01,1,,,,,',
      'Xã An,2099-H9,T-01,1,,,,,',
      'Xã An,2026-H1,T-99,1,,,,,',
      'Xã An,2026-H1,T-01,mười hai,,,,,',
      'Xã An,2026-H1,T-02,-3,,,,,',
      'Xã An,2026-H1,T-04,2.5,,,,,',
      'Xã An,2026-H1,T-03,90,80,,,,',
      'Xã Cát,2026-H1,T-01,1,,,,,',
      'Xã An,2025-H2,T-02,4,,,,,',
      'Xã An,2025-H2,T-02,4,,,,,',
    ])
    expect(body.errors?.map((e) => `${e.line}:${e.column}: ${e.message}`)).toEqual([
      '2:xa: Không tìm thấy xã “Xã Không Có”.',
      '3:ky: Không có kỳ báo cáo mã “2099-H9”.',
      '4:ma_chi_tieu: Không có chỉ số mã “T-99” trong danh mục.',
      '5:gia_tri: “mười hai” không phải là số.',
      '6:gia_tri: Chỉ số T-02: số lượng không được âm.',
      '7:gia_tri: Chỉ số T-04: số lượng phải là số nguyên.',
      '8:gia_tri: Chỉ số T-03: tử số (90) lớn hơn mẫu số (80), tỷ lệ vượt quá 100%.',
      '9:xa: Xã “Xã Cát” không thuộc đơn vị bạn phụ trách.',
      '11:ma_chi_tieu: Trùng với dòng 10 (cùng xã, kỳ và chỉ số).',
    ])
  })

  it('refuses a file without a required column or without rows', async () => {
    const res = await rest(ctx, 'POST', `/indicator-reports/import-csv?plan=${f.plan.id}`, { token: tokens.communeA, raw: { body: 'xa,ky,gia_tri\r\nXã An,2026-H1,3\r\n', type: 'text/csv' } })
    const body = (await res.json()) as { errors: { message: string }[] }
    expect(body.errors[0]!.message).toBe('Thiếu cột bắt buộc “ma_chi_tieu”. Các cột: xa, ky, ma_chi_tieu, gia_tri, mau_so, nu, nam, dtts, ghi_chu.')
    expect((await upload(tokens.communeA, [])).body.errors?.[0]?.message).toBe('Tệp CSV không có dòng số liệu nào.')
  })

  it('rolls back every report of the file when one cannot be written (past its deadline)', async () => {
    const before = (await reports()).totalDocs
    const { status, body } = await upload(tokens.communeA, ['Xã An,2026-H1,T-05,1,,,,,', 'Xã An,2025-H2,T-01,1,,,,,'].map((l) => l.replace('T-05', 'T-01')))
    expect(status).toBe(400)
    expect(body.errors?.[0]?.message).toMatch(/Đã quá hạn báo cáo/)
    expect((await reports()).totalDocs).toBe(before)
    const [report] = (await reports()).docs
    expect(report!.values?.find((v) => (v.indicator as { code: string }).code === 'T-01')?.value).toBe(3)
  })

  it('lets the district import for several communes, and refuses to overwrite a submitted report', async () => {
    const { body } = await upload(tokens.district, ['Xã An,2026-H1,T-01,4,,,,,', 'Xã Bình,2026-H1,T-01,2,,,,,'])
    expect(body).toMatchObject({ ok: true, created: 1, updated: 1 })
    const [mine] = (await ctx.payload.find({ collection: 'indicator-reports', where: { orgUnit: { equals: f.units.communeA.id } } })).docs
    expect(mine!.values).toHaveLength(3)
    await ctx.payload.update({ collection: 'indicator-reports', id: mine!.id, data: { status: 'submitted' }, user: f.users.communeA, overrideAccess: false })
    const locked = await upload(tokens.communeA, ['Xã An,2026-H1,T-01,9,,,,,'])
    expect(locked.body.errors?.[0]).toEqual({ line: 2, column: 'xa', message: 'Báo cáo của Xã An, 6 tháng đầu năm 2026 đã gửi hoặc đã duyệt nên không thể nhập đè.' })
  })

  it('is closed to anonymous visitors and other roles', async () => {
    expect((await upload(undefined, ['Xã An,2026-H1,T-01,1,,,,,'])).status).toBe(403)
    const comms = await tokenFor(ctx, f.users.communications.email)
    expect((await upload(comms, ['Xã An,2026-H1,T-01,1,,,,,'])).status).toBe(403)
  })
})
