// Run first by `npm start`, `npm run dev` and `npm test` (package.json): a clear message instead
// of whatever an old Node would fail with later. Plain JavaScript so any Node can read it.
const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Cần Node.js 22.12 trở lên, khuyên dùng Node 24 LTS; máy này đang chạy Node ${process.versions.node}.\n` +
      `Needs Node.js >= 22.12 (24 LTS recommended); this is Node ${process.versions.node}.\n` +
      'Cài Node 24 / install Node 24: https://nodejs.org — hoặc / or: npm install -g --prefix "$HOME/.node24" node@24 && export PATH="$HOME/.node24/bin:$PATH"',
  )
  process.exit(1)
}
