import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

import type { AstroIntegration } from 'astro'

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

/** Text the portal sends; images, video and Pagefind's chunks are compressed already. */
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.webmanifest'])
const smallestWorthIt = 1024

const encodings = {
  // Quality 5 is within a few per cent of 9 here at a tenth of the time; 11 would cost minutes on a large site.
  br: (data: Buffer) => brotli(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
  gz: (data: Buffer) => gzip(data, { level: 9 }),
}

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* filesUnder(file)
    else if (entry.isFile()) yield file
  }
}

/** Puts a cached copy at `target`: a hard link when the file system allows, else a copy. */
async function placeCopy(cached: string, target: string): Promise<void> {
  await fs.link(cached, target).catch(() => fs.copyFile(cached, target))
}

/**
 * Writes `file.br` and `file.gz` beside each of `files` that is worth compressing. Each result is
 * kept in `cacheDir` under the hash of its input, so a file compressed once is never compressed
 * again. Returns the names of the cache entries used, and how many were made and reused.
 */
export async function compressFiles(files: Iterable<string> | AsyncIterable<string>, cacheDir: string) {
  await fs.mkdir(cacheDir, { recursive: true })
  const used = new Set<string>()
  let compressed = 0
  let reused = 0
  for await (const file of files) {
    if (!compressible.has(path.extname(file))) continue
    const data = await fs.readFile(file)
    if (data.length < smallestWorthIt) continue
    const hash = createHash('sha256').update(data).digest('hex')
    for (const [suffix, compress] of Object.entries(encodings)) {
      const cached = path.join(cacheDir, `${hash}.${suffix}`)
      used.add(path.basename(cached))
      // Anything compressed is at least a few bytes: an empty file is what a crash left.
      let size = await fs.stat(cached).then((s) => (s.size > 8 ? s.size : -1), () => -1)
      if (size < 0) {
        const output = await compress(data)
        size = output.length
        // Kept even when not smaller, so the cache says "done"; only served when it helps.
        // Written whole and synced before it gets its name: a later build trusts what it finds.
        const temp = `${cached}.${process.pid}.tmp`
        const handle = await fs.open(temp, 'w')
        await handle.writeFile(output)
        await handle.sync()
        await handle.close()
        await fs.rename(temp, cached)
        compressed++
      } else reused++
      if (size < data.length * 0.9) await placeCopy(cached, `${file}.${suffix}`)
    }
  }
  return { used, compressed, reused }
}

/** Where a build's compressed files are kept between builds (inside Astro's cache folder). */
export const compressedCacheDir = (astroCacheDir: string) => path.join(astroCacheDir, 'compressed')

/**
 * Writes `page.html.br` and `page.html.gz` beside every text file of the build, so the portal
 * server sends each page compressed without compressing per request. A rebuild compresses only
 * what changed, and drops from the cache what the build no longer uses.
 */
export function precompress(): AstroIntegration {
  let cacheDir = ''
  return {
    name: 'du-an-8/precompress',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = compressedCacheDir(fileURLToPath(config.cacheDir))
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { used, compressed, reused } = await compressFiles(filesUnder(fileURLToPath(dir)), cacheDir)
        for (const name of await fs.readdir(cacheDir)) {
          if (!used.has(name) && !name.endsWith('.tmp')) await fs.rm(path.join(cacheDir, name), { force: true })
        }
        logger.info(`Nén sẵn: ${compressed} tệp mới, ${reused} tệp dùng lại từ lần dựng trước`)
      },
    },
  }
}
