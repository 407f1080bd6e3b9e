/** What a spreadsheet reads as the start of a formula (or, for a tab or carriage return, a cell it may trim into one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180), safe to open in a spreadsheet: text that begins with `=`, `+`,
 * `-`, `@`, a tab or a carriage return gets a single quote `'` in front, so that Excel,
 * LibreOffice and Google Sheets show it as text instead of running it as a formula (CSV
 * injection); then a cell holding `"`, `,` or a line break is quoted, `"` doubled.
 * Numbers are numbers, not text: written in full (JavaScript's shortest round-trip form),
 * a negative one as `-5`, never quoted.
 *
 * Every CSV the CLI or the page writes goes through it.
 *
 * @example
 * csvCell('Vendor A'); // 'Vendor A'
 * csvCell('=HYPERLINK("x")'); // '"\'=HYPERLINK(""x"")"'
 * csvCell(-5); // '-5'
 * csvCell('-5'); // "'-5"
 */
export function csvCell(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The text a spreadsheet cell held before `csvCell` neutralised it: one leading `'` taken
 * off when a formula start follows it. (A text that itself began with `'=` reads back
 * without its quote: the one case that does not round-trip.)
 *
 * @example
 * uncsvCell("'=HYPERLINK(\"x\")"); // '=HYPERLINK("x")'
 * uncsvCell("O'Brien"); // "O'Brien"
 */
export function uncsvCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/**
 * Rows of cells as CSV: `csvCell` on each, `,` between cells, `\n` after every row.
 *
 * @example
 * csvRows([['id', 'price'], ['a', -1]]); // 'id,price\na,-1\n'
 */
export function csvRows(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',') + '\n').join('');
}
