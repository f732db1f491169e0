type LibsqlClient = Record<'execute' | 'batch' | 'migrate' | 'executeMultiple' | 'transaction', (...args: unknown[]) => Promise<unknown>>

/**
 * libSQL hands its connection to each transaction and opens a fresh one for what follows, so
 * the busy timeout Payload sets once at start is lost after the first transaction: a second
 * writer then fails at once with SQLITE_BUSY ("cannot begin transaction"). This sets it again on
 * every connection before use — in the same tick as the call it guards, so no other call can
 * swap the connection in between.
 */
export function keepBusyTimeout(client: LibsqlClient, timeoutMs: number): void {
  const pragma = `PRAGMA busy_timeout = ${Math.floor(timeoutMs)}`
  const execute = client.execute.bind(client)
  let fresh = true
  const guarded = (name: keyof LibsqlClient, always = false) => {
    const original = client[name].bind(client)
    client[name] = (...args: unknown[]) => {
      const set = always || fresh ? execute(pragma) : Promise.resolve()
      fresh = false
      const result = original(...args)
      if (name === 'transaction') fresh = true
      return set.then(() => result)
    }
  }
  guarded('execute')
  guarded('batch')
  guarded('migrate')
  guarded('executeMultiple')
  guarded('transaction', true)
}
