import { collectionPolicy, globalPolicy, type Audience, type Grants } from './policy'
import { roles } from './roles'
import { rules, type RuleName } from './rules'

const columns: Audience[] = ['anyone', ...roles]
const operations = [
  ['read', 'read'],
  ['create', 'create'],
  ['update', 'update'],
  ['delete', 'delete'],
  ['readVersions', 'history'],
] as const

/** What a grant gives one audience, resolved as the access functions resolve it (role, then logged in, then anyone). */
function ruleNames(grants: Grants | undefined, audience: Audience): RuleName[] {
  const grant = grants?.[audience] ?? (audience === 'anyone' ? undefined : grants?.authenticated ?? grants?.anyone)
  return grant ? ([grant].flat() as RuleName[]) : []
}

function cell(policy: Partial<Record<(typeof operations)[number][0], Grants>>, audience: Audience): string {
  const parts: string[] = []
  for (const [op, label] of operations) {
    const names = ruleNames(policy[op], audience)
    if (names.length) parts.push(names.every((n) => n === 'all') ? label : `${label} (${names.map((n) => rules[n].summary.en).join(' or ')})`)
  }
  return parts.length === operations.length && parts.every((p) => !p.includes('(')) ? 'all' : parts.join(', ') || '—'
}

/**
 * The README's role table, generated from cms/access/policy.ts (`npm run policy:table` writes
 * it; a test fails when the README and the policy disagree).
 */
export function roleTableMarkdown(): string {
  const header = `| collection | ${columns.map((c) => (c === 'anyone' ? 'public' : c)).join(' | ')} |`
  const rule = `|${' --- |'.repeat(columns.length + 1)}`
  const rows = [
    ...Object.entries(collectionPolicy)
      .filter(([slug]) => !slug.startsWith('payload-'))
      .map(([slug, policy]) => `| \`${slug}\` | ${columns.map((c) => cell(policy, c)).join(' | ')} |`),
    ...Object.entries(globalPolicy).map(([slug, policy]) => `| \`${slug}\` (global) | ${columns.map((c) => cell(policy, c)).join(' | ')} |`),
  ]
  return [header, rule, ...rows].join('\n')
}

export const roleTableMarkers = { start: '<!-- role-table:start (npm run policy:table) -->', end: '<!-- role-table:end -->' } as const
