import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, csvRows, uncsvCell } from '../../src/format/csvCell.js';

describe('csvCell: spreadsheet-safe CSV cells', () => {
  it('neutralises text that a spreadsheet would run as a formula, with a leading quote', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1`).replace(/^"/, '').startsWith(`'${start}`)).toBe(true);
    expect(csvCell('-5')).toBe("'-5");
  });

  it('leaves numbers alone, negative ones too, and ordinary text', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(-0.125)).toBe('-0.125');
    expect(csvCell(1e21)).toBe('1e+21');
    expect(csvCell('Vendor A')).toBe('Vendor A');
    expect(csvCell("O'Brien")).toBe("O'Brien");
  });

  it('quotes commas, quotes and line breaks (RFC 4180), and reads back through a CSV parser', () => {
    const cells = ['a,b', 'say "hi"', 'two\nlines', '=1+1', '@SUM(A1)', 'plain'];
    const text = csvRows([cells, [1, -2, 0.5, 3, 4, 5]]);
    const back = Papa.parse<string[]>(text.trimEnd(), { delimiter: ',' }).data;
    expect(back[0].map(uncsvCell)).toEqual(cells);
    expect(back[1]).toEqual(['1', '-2', '0.5', '3', '4', '5']);
  });

  it('uncsvCell takes off only the quote csvCell added', () => {
    expect(uncsvCell("'=x")).toBe('=x');
    expect(uncsvCell("'-5")).toBe('-5');
    expect(uncsvCell("'quoted")).toBe("'quoted");
  });
});
