import net from 'node:net'

/** Throws, naming the port and its setting, when another program already listens there. */
export async function assertPortsFree(ports: { port: number; setting: string }[], host: string): Promise<void> {
  for (const { port, setting } of ports) {
    const problem = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
      const probe = net.createServer()
      probe.once('error', (error: NodeJS.ErrnoException) => resolve(error))
      probe.listen(port, host, () => probe.close(() => resolve(null)))
    })
    if (problem?.code === 'EADDRINUSE') {
      throw new Error(`Cổng ${port} (${setting}) đang bị chương trình khác dùng: dừng chương trình đó hoặc đặt ${setting} khác. / port ${port} (${setting}) is taken.`)
    }
    if (problem) throw problem
  }
}
