// The production entry points compiled to plain JavaScript at start, so the servers run on Node
// alone: a TypeScript loader (tsx) costs each process a loader thread and tens of megabytes.
// Packages stay external and load from node_modules as they are. No source maps: the output is
// readable as it is, and maps written before the rename into <hash>/ would point one folder off.
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/** The scripts `npm start` and the maintenance commands run, by name (cms/scripts/<name>.ts). */
export const productionScripts = ['start', 'serveAdmin', 'serveSite', 'prepare', 'backup', 'restore', 'renderWorker']

const keepMs = 24 * 60 * 60_000
const keepNewest = 5

/**
 * Compiles into a folder named by the output's hash, written aside and renamed into place: two
 * starts from one checkout (tests do that) never see each other's half-written files.
 */
export async function compileScripts(root) {
  const { build, stop } = await import('esbuild')
  const parent = path.join(root, '.build', 'scripts')
  const result = await build({
    absWorkingDir: root,
    entryPoints: productionScripts.map((name) => ({ in: path.join('cms', 'scripts', `${name}.ts`), out: name })),
    outdir: parent,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22.12',
    packages: 'external',
    logLevel: 'warning',
    write: false,
  })
  // esbuild's service process would otherwise live as long as `npm start` (about 40 MB).
  await stop()
  const hash = createHash('sha256')
  for (const file of result.outputFiles) hash.update(path.relative(parent, file.path)).update(file.contents)
  const outdir = path.join(parent, hash.digest('hex').slice(0, 16))
  if (!fs.existsSync(outdir)) {
    const staging = `${outdir}.${process.pid}.tmp`
    for (const file of result.outputFiles) {
      const target = path.join(staging, path.relative(parent, file.path))
      fs.mkdirSync(path.dirname(target), { recursive: true })
      fs.writeFileSync(target, file.contents)
    }
    try {
      fs.renameSync(staging, outdir)
    } catch (error) {
      fs.rmSync(staging, { recursive: true, force: true })
      if (!fs.existsSync(outdir)) throw error // not another start getting there first
    }
  }
  // Compilations older than a day go, except the newest few (a server started days ago may
  // still restart from its own). Best effort: another start may be renaming its folder now, or a
  // folder may belong to another user; nothing here stops a start.
  const byAge = fs
    .readdirSync(parent)
    .map((name) => path.join(parent, name))
    .flatMap((dir) => {
      try {
        return [{ dir, mtimeMs: fs.statSync(dir).mtimeMs }]
      } catch {
        return []
      }
    })
    .sort((a, b) => b.mtimeMs - a.mtimeMs)
  for (const { dir, mtimeMs } of byAge.slice(keepNewest)) {
    try {
      if (dir !== outdir && Date.now() - mtimeMs > keepMs) fs.rmSync(dir, { recursive: true, force: true })
    } catch {
      /* left for the next start */
    }
  }
  return outdir
}

// Run as a program (by run.mjs), so the compiler's memory leaves with this process: prints the folder.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(await compileScripts(path.resolve(process.argv[2] ?? '.')))
}
