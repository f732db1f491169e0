import { withPayload } from '@payloadcms/next/withPayload'

const root = new URL('../..', import.meta.url).pathname

/** @type {import('next').NextConfig} */
export default withPayload({ outputFileTracingRoot: root, turbopack: { root }, typescript: { ignoreBuildErrors: true } })
