// Loaded with `node --import` (see package.json) before anything else in every Node process.
//
// Lexical's Node entry points (`*.node.mjs`) each use a top-level `await import(...)`. On Node 20,
// when richtext-lexical pulls in many of them at once, the module loader sometimes never settles
// and the process exits with code 13 ("unsettled top-level await") — about one start in two here.
// Importing them one after another first avoids that race; Node 22 does not need it.
const packages = [
  'lexical',
  '@lexical/utils',
  '@lexical/selection',
  '@lexical/list',
  '@lexical/table',
  '@lexical/rich-text',
  '@lexical/link',
  '@lexical/clipboard',
  '@lexical/html',
  '@lexical/headless',
  '@lexical/markdown',
  '@lexical/history',
  '@lexical/mark',
  '@lexical/text',
  '@lexical/plain-text',
  '@lexical/overflow',
  '@lexical/code-core',
  '@lexical/hashtag',
  '@lexical/dragon',
  '@lexical/extension',
]

if (Number(process.versions.node.split('.')[0]) < 22) {
  for (const name of packages) {
    try {
      await import(name)
    } catch {
      // not installed in this version of richtext-lexical: nothing to preload
    }
  }
}
