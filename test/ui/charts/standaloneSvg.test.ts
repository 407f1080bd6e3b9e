import { describe, expect, it } from 'vitest';
import { escapeXml, standaloneSvg } from '../../../src/ui/charts/standaloneSvg.js';

const input = {
  width: 400, height: 200, body: '<rect x="0" y="0" width="10" height="10" fill="#123456"/>',
  title: 'How bad can a year get?', legend: [{ label: 'Bluepeak BPO', color: 'rgb(31, 119, 180)' }, { label: 'Your tolerance' }],
  scenario: 'Retail BPO shortlist', seed: 'retail-bpo-2021',
};

describe('standaloneSvg', () => {
  it('draws the title, the scenario, the seed and the legend, as wide as the chart on screen', () => {
    const text = standaloneSvg(input);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(text).toMatch(/<svg [^>]*width="400" height="(\d+)" viewBox="0 0 400 \1"/);
    expect(text).toContain('>How bad can a year get?</text>');
    expect(text).toContain('Scenario: Retail BPO shortlist · seed “retail-bpo-2021”');
    expect(text).toContain('>Bluepeak BPO</text>');
    expect(text).toContain('fill="rgb(31, 119, 180)"');
    expect(text).toContain('>Your tolerance</text>');
    expect(text).toContain(input.body);
    expect(text.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('writes its own style (font and colours) as attributes, needing nothing from the page and no style sheet', () => {
    const text = standaloneSvg(input);
    expect(text).toMatch(/<svg [^>]*font-family="&apos;DejaVu Sans&apos;/);
    expect(text).not.toContain('<style');
    expect(text).toMatch(/<text [^>]*font-size="16" font-weight="700"[^>]*>How bad can a year get\?<\/text>/);
    expect(text).toContain('fill="#ffffff"');
    expect(text).not.toMatch(/<link|@import|url\(/);
  });

  it('is taller by the body and the header, and wraps a long legend onto more rows', () => {
    const short = standaloneSvg(input);
    const long = standaloneSvg({ ...input, legend: Array.from({ length: 12 }, (_, i) => ({ label: `Vendor number ${i}`, color: '#000' })) });
    const heightOf = (t: string) => Number(/height="(\d+)"/.exec(t)![1]);
    expect(heightOf(short)).toBeGreaterThan(200);
    expect(heightOf(long)).toBeGreaterThan(heightOf(short) + 18 * 3);
  });

  it('wraps a long scenario name to the chart\'s width', () => {
    const text = standaloneSvg({ ...input, width: 200, scenario: 'Retail e-commerce customer service: BPO shortlist' });
    const lines = [...text.matchAll(/<text class="meta"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Scenario: Retail e-commerce customer service: BPO shortlist · seed “retail-bpo-2021”');
    for (const line of lines) expect(line.length * 6.8).toBeLessThanOrEqual(200);
  });

  it('draws names as text, never as markup', () => {
    const text = standaloneSvg({ ...input, scenario: '<script>alert(1)</script> & "co"', legend: [{ label: '</text><x>' }] });
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('</text><x>');
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;');
    expect(escapeXml(`a<b>&"'`)).toBe('a&lt;b&gt;&amp;&quot;&apos;');
  });
});
