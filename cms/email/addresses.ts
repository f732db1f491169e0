import { cmsPort, sitePort } from '../runtime/ports'

/** Where links in emails point: the public addresses when configured, else this machine's. */
export const adminBaseUrl = () => (process.env.CMS_PUBLIC_URL || `http://localhost:${cmsPort}`).replace(/\/$/, '')
export const portalBaseUrl = () => (process.env.SITE_URL || `http://localhost:${sitePort}`).replace(/\/$/, '')
