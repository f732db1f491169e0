'use client'

// The plugin's admin components, one entry for the host's import map: `du-an-8-portal/admin`
// (tsconfig paths point it here inside this repository; the package's `admin` export elsewhere).
export { ContestRanking } from './ContestRanking'
export { CurrentPasswordField } from './CurrentPasswordField'
export { LateBadge } from './LateBadge'
export { ReportImportPanel } from './ReportImportPanel'
export { ReportValuesGrid } from './ReportValuesGrid'
export { UnlockLoginButton } from './UnlockLoginButton'
