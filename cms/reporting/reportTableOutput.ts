import { stringify } from 'csv-stringify/sync'

import type { ReportTable } from './consolidation'

/** The table as a spreadsheet: title lines, headings, rows, notes; UTF-8 with a byte-order mark for Excel. */
export function reportTableCsv(table: ReportTable): string {
  const records = [[table.title], ...table.subtitle.map((s) => [s]), [], table.headings, ...table.rows, [], ...table.notes.map((n) => [n])]
  return `\uFEFF${stringify(records, { record_delimiter: 'windows' })}`
}

const escape = (s: string | number) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** A printable page (A4 landscape, NĐ 30/2020 fonts) with the same table. */
export function reportTableHtml(table: ReportTable): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(table.title)}</title>
<style>
@page { size: A4 landscape; margin: 15mm 15mm 15mm 20mm; }
body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 13pt; color: #000; margin: 1rem; }
h1 { font-size: 14pt; text-align: center; margin: 0 0 .25rem; } .sub { text-align: center; margin: 0; }
.wrap { overflow-x: auto; } table { border-collapse: collapse; width: 100%; margin-top: 1rem; font-size: 11pt; }
th, td { border: 1px solid #000; padding: 2px 4px; vertical-align: top; } th { background: #eee; }
td.n { text-align: right; white-space: nowrap; } thead { display: table-header-group; } tr { break-inside: avoid; }
.notes { font-size: 11pt; font-style: italic; } @media print { .noprint { display: none; } body { margin: 0; } }
</style></head><body>
<p class="noprint"><button type="button" onclick="print()">In / Print</button></p>
<h1>${escape(table.title)}</h1>
${table.subtitle.map((s) => `<p class="sub">${escape(s)}</p>`).join('\n')}
<div class="wrap"><table><thead><tr>${table.headings.map((h) => `<th scope="col">${escape(h)}</th>`).join('')}</tr></thead>
<tbody>${table.rows.map((r) => `<tr>${r.map((c, i) => `<td${typeof c === 'number' || i === 0 ? ' class="n"' : ''}>${escape(c)}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div>
${table.notes.map((n) => `<p class="notes">${escape(n)}</p>`).join('\n')}
</body></html>`
}
