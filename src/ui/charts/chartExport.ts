import { escapeXml, standaloneSvg, type ExportLegendItem } from './standaloneSvg.js';

/** Where a chart's export finds its parts inside its figure. */
export interface ChartExportParts {
  /** The chart's title (its section's heading). */
  title: string;
  scenario: string;
  seed: string;
  /** Legend entries, each an element whose text is the label and whose `.swatch` (if any) gives the colour. */
  legendSelector?: string;
  /** HTML text drawn in the chart (say, row labels), exported as SVG text where it is on screen. */
  labelSelector?: string;
}

/** The presentation properties copied from the page's computed style onto every exported element. */
const PROPERTIES = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap',
  'stroke-linejoin', 'opacity', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility',
] as const;

/** Copies the computed presentation of `source` and its descendants onto `clone` as attributes; drops classes and interactivity. */
function inlineStyles(source: Element, clone: Element): void {
  const style = getComputedStyle(source);
  if (style.display === 'none') {
    clone.setAttribute('display', 'none');
  }
  for (const property of PROPERTIES) {
    const value = style.getPropertyValue(property);
    if (value !== '') clone.setAttribute(property, value);
  }
  for (const name of ['class', 'style', 'role', 'tabindex']) clone.removeAttribute(name);
  for (const attribute of [...clone.attributes]) {
    if (attribute.name.startsWith('aria-') || attribute.name.startsWith('on')) clone.removeAttribute(attribute.name);
  }
  const sources = source.children;
  const clones = clone.children;
  for (let i = 0; i < sources.length; i++) inlineStyles(sources[i], clones[i]);
}

/** The colour an element shows: its background, else its stroke, else its text colour. */
function colorOf(element: Element | null): string | undefined {
  if (!element) return undefined;
  const style = getComputedStyle(element);
  if (style.backgroundColor && style.backgroundColor !== 'rgba(0, 0, 0, 0)') return style.backgroundColor;
  return undefined;
}

/**
 * The chart in `figure` as a standalone SVG document (see `standaloneSvg`): every SVG of the
 * chart outside its legend and data table, at its place on screen, with the page's computed
 * styles written into attributes, the HTML labels `labelSelector` names as SVG text, and
 * the title, legend, scenario and seed drawn in. Returns the text and its size.
 */
export function chartSvg(figure: HTMLElement, parts: ChartExportParts): { text: string; width: number; height: number } {
  const box = figure.getBoundingClientRect();
  const legendSelector = parts.legendSelector ?? '.legend li';
  const pieces: string[] = [];
  let bottom = 0;
  let right = 0;
  let top = Number.POSITIVE_INFINITY;
  const serializer = new XMLSerializer();
  for (const svg of figure.querySelectorAll('svg')) {
    if (svg.closest('.legend, table, button, .chart-downloads')) continue;
    const r = svg.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const clone = svg.cloneNode(true) as SVGSVGElement;
    inlineStyles(svg, clone);
    clone.setAttribute('x', String(r.left - box.left));
    clone.setAttribute('y', String(r.top - box.top));
    clone.setAttribute('width', String(r.width));
    clone.setAttribute('height', String(r.height));
    clone.setAttribute('overflow', 'visible');
    pieces.push(serializer.serializeToString(clone).replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, ''));
    bottom = Math.max(bottom, r.bottom - box.top);
    right = Math.max(right, r.right - box.left);
    top = Math.min(top, r.top - box.top);
  }
  if (parts.labelSelector) {
    for (const label of figure.querySelectorAll<HTMLElement>(parts.labelSelector)) {
      const r = label.getBoundingClientRect();
      if (r.width === 0) continue;
      const style = getComputedStyle(label);
      const text = (label.textContent ?? '').replace(/\s+/g, ' ').trim();
      const swatch = label.querySelector('.swatch');
      const color = colorOf(swatch);
      const x = r.left - box.left;
      const baseline = r.top - box.top + r.height * 0.75;
      if (color && swatch) {
        const s = swatch.getBoundingClientRect();
        pieces.push(`<rect x="${s.left - box.left}" y="${s.top - box.top}" width="${s.width}" height="${s.height}" fill="${escapeXml(color)}"/>`);
      }
      const textX = color && swatch ? swatch.getBoundingClientRect().right - box.left + 6 : x;
      pieces.push(`<text x="${textX}" y="${baseline}" font-size="${style.fontSize}" font-weight="${style.fontWeight}" fill="${escapeXml(style.color)}">${escapeXml(text)}</text>`);
      bottom = Math.max(bottom, r.bottom - box.top);
      right = Math.max(right, r.right - box.left);
      top = Math.min(top, r.top - box.top);
    }
  }
  // The body starts at the top of the chart's first drawn piece, not at the figure's top (where the legend is).
  const legend: ExportLegendItem[] = [...figure.querySelectorAll(legendSelector)].map((item) => ({
    label: (item.textContent ?? '').replace(/\s+/g, ' ').trim(),
    color: colorOf(item.querySelector('.swatch')),
  }));
  // As wide as what is drawn (the plot), not the figure (whose HTML readout beside the plot is not exported).
  const width = right > 0 ? Math.min(box.width, Math.ceil(right) + 12) : box.width;
  if (!Number.isFinite(top)) top = 0;
  const height = Math.ceil(bottom - top);
  const body = `<g transform="translate(0,${-top})">\n${pieces.join('\n')}\n</g>`;
  return { text: standaloneSvg({ width, height, body, title: parts.title, legend, scenario: parts.scenario, seed: parts.seed }), width, height };
}

/**
 * The SVG text drawn as a PNG at `scale` times its size, through an `<img>` of it on a canvas.
 */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The PNG could not be made.'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
