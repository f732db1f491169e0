export const cmsPort = Number(process.env.CMS_PORT ?? 3000)
export const sitePort = Number(process.env.SITE_PORT ?? 4321)
export const host = process.env.HOST ?? '0.0.0.0'
export const cmsUrl = `http://localhost:${cmsPort}`
export const siteUrl = `http://localhost:${sitePort}`
