import { seedPlanSlug } from '../seed/plan'
import type { RawSql } from './moveToPrivateFiles'

const periodColumns = ['code', 'name', 'kind', 'start_date', 'end_date', 'commune_deadline', 'commune_update_deadline', 'district_deadline', 'district_update_deadline']

/**
 * Installs from before plans owned their periods had one list for all plans, made from the
 * seeded plan. Each period goes to the plan whose reports use it (the one with most, if several);
 * a period without reports to the seeded plan, else the oldest plan; with no plan at all it is
 * removed (no report can use it). Reports of another plan that used the same period get a copy of
 * it for their own plan — same code, dates and deadlines, so no report changes its period in time
 * and lateness stays as judged — and their approved values and versions follow. Runs inside the
 * migration's transaction, after `plan_id` exists and before codes are made unique per plan.
 */
export async function assignPeriodsToPlans(db: RawSql): Promise<{ assigned: number; copied: number; removed: number }> {
  const { sql } = db
  const periods = await db.rows(sql`
    SELECT p."id" AS id, (SELECT r."plan_id" FROM "indicator_reports" r WHERE r."period_id" = p."id"
      GROUP BY r."plan_id" ORDER BY COUNT(*) DESC, r."plan_id" LIMIT 1) AS plan
    FROM "reporting_periods" p WHERE p."plan_id" IS NULL`)
  const [fallback] = await db.rows(sql`SELECT "id" AS id FROM "plans" ORDER BY CASE WHEN "slug" = ${seedPlanSlug} THEN 0 ELSE 1 END, "id" LIMIT 1`)
  let assigned = 0
  let removed = 0
  for (const period of periods) {
    const plan = period.plan ?? fallback?.id
    if (plan == null) {
      await db.run(sql`DELETE FROM "reporting_periods" WHERE "id" = ${period.id}`)
      removed++
      continue
    }
    await db.run(sql`UPDATE "reporting_periods" SET "plan_id" = ${plan} WHERE "id" = ${period.id}`)
    assigned++
  }

  const shared = await db.rows(sql`
    SELECT DISTINCT r."period_id" AS period, r."plan_id" AS plan FROM "indicator_reports" r
    JOIN "reporting_periods" p ON p."id" = r."period_id" WHERE r."plan_id" <> p."plan_id"`)
  const columns = sql.raw(periodColumns.map((c) => `"${c}"`).join(', '))
  for (const { period, plan } of shared) {
    const [copy] = await db.rows(sql`
      INSERT INTO "reporting_periods" (${columns}, "plan_id", "updated_at", "created_at")
      SELECT ${columns}, ${plan}, "updated_at", "created_at" FROM "reporting_periods" WHERE "id" = ${period}
      RETURNING "id" AS id`)
    await db.run(sql`UPDATE "indicator_reports" SET "period_id" = ${copy!.id} WHERE "period_id" = ${period} AND "plan_id" = ${plan}`)
    await db.run(sql`UPDATE "_indicator_reports_v" SET "version_period_id" = ${copy!.id} WHERE "version_period_id" = ${period} AND "version_plan_id" = ${plan}`)
    await db.run(sql`UPDATE "approved_values" SET "period_id" = ${copy!.id} WHERE "period_id" = ${period} AND "plan_id" = ${plan}`)
  }
  return { assigned, copied: shared.length, removed }
}
