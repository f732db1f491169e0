/** The public portal server: serves the live build and follows every swap the site builder makes. */
import http from 'node:http'

import { buildLinks, defaultBuildsDir } from '../siteBuilder/paths'
import { liveBuildHandler } from '../siteServer/liveBuildHandler'

const port = Number(process.env.PORT ?? process.env.SITE_PORT ?? 4321)
const host = process.env.HOST ?? '0.0.0.0'
const server = http.createServer(liveBuildHandler(buildLinks(defaultBuildsDir).current))
server.listen(port, host, () => console.log(`Cổng thông tin: http://localhost:${port}/`))

const stop = () => server.close(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
