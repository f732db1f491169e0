export type DatabaseSnapshot = {
  file: string
  tables: Record<string, number>
  /** The rows of each upload collection's table, for the files they name. */
  uploadRows: Record<string, Record<string, unknown>[]>
  migrations: string[]
}
