/** A legend entry of an exported chart: its label and its colour (none: a plain text entry). */
export interface ExportLegendItem {
  label: string;
  color?: string;
}

/** What `standaloneSvg` draws around a chart's body. */
export interface StandaloneSvgInput {
  /** The chart's own width and height on screen, in CSS pixels. */
  width: number;
  height: number;
  /** The chart's markup, positioned in a `width` x `height` box, styles already inlined (well-formed XML). */
  body: string;
  title: string;
  legend: readonly ExportLegendItem[];
  scenario: string;
  seed: string;
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** The font every exported chart is drawn in, written here so that no page stylesheet is needed. */
export const EXPORT_FONT = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";

/** Space above and below; none at the sides, so the file is exactly as wide as the chart on screen. */
const PAD = 16;
const INSET = 4;
const TITLE_SIZE = 16;
const TEXT_SIZE = 12;
const LEGEND_ROW = 18;
const SWATCH = 10;
/**
 * The header's text styles as presentation attributes, not a `<style>` element: the file
 * needs no style sheet, so it shows the same wherever it goes, a page under a strict
 * Content-Security-Policy included.
 */
const TEXT = {
  title: `font-size="${TITLE_SIZE}" font-weight="700" fill="#1a1f2b"`,
  meta: `font-size="${TEXT_SIZE}" fill="#4a5263"`,
  legend: `font-size="${TEXT_SIZE}" fill="#1a1f2b"`,
} as const;

/** A generous average glyph width at 12px, for laying out legend entries without measuring text. */
const CHAR_WIDTH = 6.8;

/**
 * A chart as a standalone SVG document: its title, the scenario's name and the seed, its
 * legend (wrapped to the width), then the chart's body under them, on a white background,
 * its font, sizes and colours written as attributes (no style sheet), so that the file looks
 * the same in every browser and viewer and needs nothing from the page. Labels are escaped, never markup.
 *
 * @example
 * standaloneSvg({ width: 400, height: 200, body: '<rect width="10" height="10"/>', title: 'Costs',
 *   legend: [{ label: 'Acme', color: '#1f77b4' }], scenario: 'Shortlist', seed: 's1' });
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="400" height="...">...'
 */
export function standaloneSvg(input: StandaloneSvgInput): string {
  const width = Math.ceil(input.width);
  const parts: string[] = [];
  let y = PAD;
  for (const line of wrapWords(input.title, (width - 2 * INSET) / (CHAR_WIDTH * 1.4))) {
    y += TITLE_SIZE + 4;
    parts.push(`<text class="title" x="${INSET}" y="${y}" ${TEXT.title}>${escapeXml(line)}</text>`);
  }
  y += 4;
  for (const line of wrapWords(`Scenario: ${input.scenario} · seed “${input.seed}”`, (width - 2 * INSET) / CHAR_WIDTH)) {
    y += TEXT_SIZE + 4;
    parts.push(`<text class="meta" x="${INSET}" y="${y}" ${TEXT.meta}>${escapeXml(line)}</text>`);
  }
  y += 8;
  let x = INSET;
  if (input.legend.length > 0) y += LEGEND_ROW;
  for (const item of input.legend) {
    const itemWidth = (item.color ? SWATCH + 6 : 0) + item.label.length * CHAR_WIDTH + 16;
    if (x > INSET && x + itemWidth > width - INSET) {
      x = INSET;
      y += LEGEND_ROW;
    }
    const swatch = item.color
      ? `<rect x="${x}" y="${y - SWATCH}" width="${SWATCH}" height="${SWATCH}" fill="${escapeXml(item.color)}"/>`
      : '';
    const textX = item.color ? x + SWATCH + 6 : x;
    parts.push(`<g class="legend-item">${swatch}<text class="legend" x="${textX}" y="${y}" ${TEXT.legend}>${escapeXml(item.label)}</text></g>`);
    x += itemWidth;
  }
  const top = Math.ceil(y + 12);
  const height = Math.ceil(top + input.height + PAD);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(EXPORT_FONT)}">`,
    `<title>${escapeXml(`${input.title} (${input.scenario}, seed ${input.seed})`)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    `<g class="chart" transform="translate(0,${top})">${input.body}</g>`,
    '</svg>',
    '',
  ].join('\n');
}

/** Splits text into lines of at most `columns` characters at spaces (a longer word gets a line of its own). */
function wrapWords(text: string, columns: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > columns) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines;
}
