import type { Payload } from 'payload'

import type { AggregateQuery, AggregateRows, Id, Sums } from './types'

type Model = { aggregate: (pipeline: object[]) => Promise<Record<string, unknown>[]>; collection: { name: string }; base: { Types: { ObjectId: new (id: string) => unknown } } }
type Row = Record<string, unknown> & { _id: Record<string, unknown> }

const breakdowns = ['denominator', 'female', 'male', 'ethnicMinority'] as const

// $sum of missing fields is 0; count the present ones too so "nobody reported it" stays null.
const group = (key: Record<string, string>) => ({
  $group: {
    _id: key,
    value: { $sum: '$value' },
    reports: { $sum: 1 },
    ...Object.fromEntries(breakdowns.flatMap((f) => [[f, { $sum: `$${f}` }], [`${f}N`, { $sum: { $cond: [{ $ne: [{ $ifNull: [`$${f}`, null] }, null] }, 1, 0] } }]])),
  },
})

const toSums = (r: Row): Sums => ({
  value: Number(r.value ?? 0),
  reports: Number(r.reports),
  denominator: r.denominatorN ? Number(r.denominator) : null,
  female: r.femaleN ? Number(r.female) : null,
  male: r.maleN ? Number(r.male) : null,
  ethnicMinority: r.ethnicMinorityN ? Number(r.ethnicMinority) : null,
})
const id = (v: unknown): Id => String(v)

/** The same totals as aggregateSql, by one MongoDB aggregation pipeline ($facet over the approved values). */
export async function aggregateMongo(payload: Payload, q: AggregateQuery): Promise<AggregateRows> {
  const models = (payload.db as unknown as { collections: Record<string, Model> }).collections
  const reports = models['indicator-reports']!
  const ObjectId = reports.base.Types.ObjectId
  const periods = models['reporting-periods']!.collection.name
  const indicators = models.indicators!.collection.name
  const planId = new ObjectId(String(q.plan))
  const asOf = new Date(q.asOf)
  const periodFilter = q.periods ? [{ $match: { period: { $in: q.periods.map((p) => new ObjectId(String(p))) } } }] : []
  const duePeriods = [...periodFilter, { $lookup: { from: periods, localField: 'period', foreignField: '_id', as: 'p' } }, { $unwind: '$p' }, { $match: { 'p.endDate': { $lte: asOf } } }]

  const [facets] = await reports.aggregate([
    { $match: { plan: planId, status: 'approved' } },
    ...duePeriods,
    { $unwind: '$values' },
    { $lookup: { from: indicators, localField: 'values.indicator', foreignField: '_id', as: 'i' } },
    { $unwind: '$i' },
    {
      $project: {
        indicator: '$values.indicator', orgUnit: 1, period: 1, end: '$p.endDate', aggregation: '$i.aggregation',
        value: '$values.value', denominator: '$values.denominator', female: '$values.female', male: '$values.male', ethnicMinority: '$values.ethnicMinority',
      },
    },
    { $setWindowFields: { partitionBy: { i: '$indicator', u: '$orgUnit' }, sortBy: { end: -1 }, output: { recency: { $documentNumber: {} } } } },
    {
      $facet: {
        byCommune: [{ $match: { $or: [{ aggregation: 'sum' }, { recency: 1 }] } }, group({ indicator: '$indicator', orgUnit: '$orgUnit' })],
        byPeriod: [group({ indicator: '$indicator', period: '$period' })],
        totals: [{ $match: { $or: [{ aggregation: 'sum' }, { recency: 1 }] } }, group({ indicator: '$indicator' })],
      },
    },
  ])
  const received = await reports.aggregate([
    { $match: { plan: planId, status: { $in: ['submitted', 'approved'] } } },
    ...duePeriods,
    {
      $group: {
        _id: '$period',
        received: { $sum: 1 },
        approved: { $sum: { $cond: [{ $eq: ['$status', 'approved'] }, 1, 0] } },
        late: { $sum: { $cond: ['$late', 1, 0] } },
      },
    },
  ])
  const f = facets as Record<'byCommune' | 'byPeriod' | 'totals', Row[]>
  return {
    byCommune: f.byCommune.map((r) => ({ indicator: id(r._id.indicator), orgUnit: id(r._id.orgUnit), ...toSums(r) })),
    byPeriod: f.byPeriod.map((r) => ({ indicator: id(r._id.indicator), period: id(r._id.period), ...toSums(r) })),
    totals: f.totals.map((r) => ({ indicator: id(r._id.indicator), ...toSums(r) })),
    received: received.map((r) => ({ period: id(r._id), received: Number(r.received), approved: Number(r.approved), late: Number(r.late) })),
  }
}
