/**
 * The admin and its API in production: Next's own request handler behind a plain HTTP server, so
 * that the address Payload sees in X-Forwarded-For is the socket's, or the client a trusted proxy
 * names. (`next start` keeps whatever X-Forwarded-For a client sends, and the login throttle
 * counts by address.)
 */
import http from 'node:http'
import path from 'node:path'

import next from 'next'

import { rootDir } from '../paths'
import { settleForwardedFor, trustedProxies } from '../siteServer/clientAddress'

const port = Number(process.env.PORT ?? process.env.CMS_PORT ?? 3000)
const hostname = process.env.HOST ?? '0.0.0.0'
const trusted = trustedProxies()

const app = next({ dev: false, dir: path.join(rootDir, 'cms'), hostname, port })
await app.prepare()
const handle = app.getRequestHandler()

const server = http.createServer((req, res) => {
  settleForwardedFor(req, trusted)
  handle(req, res).catch((error: unknown) => {
    console.error(error)
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
    res.end('Lỗi máy chủ / server error')
  })
})
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `Cổng ${port} đang bị chương trình khác dùng / port ${port} is taken` : error)
  process.exit(1)
})
server.listen(port, hostname, () => console.log(`Trang quản trị: http://localhost:${port}/admin`))

const stop = () => server.close(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
