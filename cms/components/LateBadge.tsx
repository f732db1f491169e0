'use client'

import { Pill, useTranslation } from '@payloadcms/ui'

/** The report list's "late" column: a labelled badge for a report sent after its deadline, nothing otherwise. */
export function LateBadge({ cellData }: { cellData?: unknown }) {
  const { t } = useTranslation()
  if (cellData !== true) return null
  return (
    <Pill pillStyle="warning" size="small">
      {(t as unknown as (key: string) => string)('duan8:lateBadge')}
    </Pill>
  )
}
