/**
 * The terminal table's layout, shared by its sections: the width it fits, columns padded
 * to their widest cell, and words wrapped to the width.
 */

/** The width the table fits without `--wide`: an 80-column terminal shows it with little wrap, 100 without any. */
export const TABLE_WIDTH = 100;

/**
 * Columns padded to their widest cell; the first `leftColumns` left-aligned, the rest
 * right-aligned. When the rows are wider than `width`, the columns from `shrinkFrom` to
 * `shrinkTo` (names) are shortened with an ellipsis, never below 12 characters.
 *
 * @example
 * grid([['Vendor', 'Price'], ['Bluepeak BPO', '$6.80M']], 1, 100, 0);
 * // ['Vendor         Price', 'Bluepeak BPO  $6.80M']
 */
export function grid(rows: string[][], leftColumns: number, width: number, shrinkFrom: number, shrinkTo = shrinkFrom): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const total = () => widths.reduce((t, w) => t + w, 0) + 2 * (widths.length - 1);
  while (total() > width) {
    let widest = shrinkFrom;
    for (let c = shrinkFrom; c <= shrinkTo; c++) if (widths[c] > widths[widest]) widest = c;
    if (widths[widest] <= 12) break;
    widths[widest]--;
  }
  const clip = (cell: string, w: number) => (cell.length > w ? `${cell.slice(0, w - 1)}…` : cell);
  return rows.map((r) =>
    r.map((cell, c) => (c < leftColumns ? clip(cell, widths[c]).padEnd(widths[c]) : clip(cell, widths[c]).padStart(widths[c]))).join('  ').trimEnd(),
  );
}

/**
 * Words wrapped to `width` columns, later lines indented by `indent`, the first prefixed by `first`.
 *
 * @example
 * wrapText('one two three', 8, '  ', '- '); // ['- one', '  two', '  three']
 */
export function wrapText(text: string, width: number, indent = '', first = ''): string[] {
  const lines: string[] = [];
  let line = first;
  for (const word of text.split(/\s+/)) {
    const lead = lines.length === 0 ? first : indent;
    if (line.length > lead.length && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else line = line.length > lead.length ? `${line} ${word}` : line + word;
  }
  if (line.length > 0) lines.push(line);
  return lines;
}
