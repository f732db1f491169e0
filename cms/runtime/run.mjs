// `node cms/runtime/run.mjs <script> [args]`: what `npm start` and the maintenance commands run.
// Checks the Node version, compiles the scripts (compileScripts.mjs) and runs the one named in this
// process; the scripts it starts (servers, migration) run compiled too, from COMPILED_SCRIPTS_DIR.
import './requireNode.mjs'

import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { productionScripts } from './compileScripts.mjs'

const [name] = process.argv.splice(2, 1)
if (!productionScripts.includes(name)) {
  console.error(`Không có lệnh "${name}" / no such script; one of: ${productionScripts.join(', ')}`)
  process.exit(2)
}
const root = process.env.APP_ROOT ? path.resolve(process.env.APP_ROOT) : process.cwd()
// Compiled in a child process: the compiler's 20 MB would otherwise stay with the supervisor.
const compiler = fileURLToPath(new URL('./compileScripts.mjs', import.meta.url))
process.env.COMPILED_SCRIPTS_DIR = execFileSync(process.execPath, [compiler, root], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
await import(pathToFileURL(path.join(process.env.COMPILED_SCRIPTS_DIR, `${name}.mjs`)).href)
