import type { ValueField } from '../../collections/IndicatorReports/valueRules'

/** The columns of a report import file (one row per commune, period and indicator). */
export const importColumns = {
  commune: 'xa',
  period: 'ky',
  indicator: 'ma_chi_tieu',
  value: 'gia_tri',
  denominator: 'mau_so',
  female: 'nu',
  male: 'nam',
  ethnicMinority: 'dtts',
  note: 'ghi_chu',
} as const

export const requiredImportColumns = [importColumns.commune, importColumns.period, importColumns.indicator, importColumns.value]

export const columnOfField = (field: ValueField): string => importColumns[field]
