import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnLetter, diffVendors, problemLine, readVendorsCsv, writeVendorsCsv, type VendorJson } from '../../../src/ui/export/vendorsCsv.js';
import { repositoryRoot } from '../../helpers/fixtures.js';

const model = JSON.parse(readFileSync(join(repositoryRoot, 'models/retail-bpo-2021.json'), 'utf8')) as { controls: Record<string, unknown>; vendors: VendorJson[] };
const controlIds = Object.keys(model.controls);

function read(text: string, current: VendorJson[] = model.vendors) {
  return readVendorsCsv(text, controlIds, current);
}

function problems(text: string) {
  const r = read(text);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.problems.map(problemLine);
}

const header = ['id', 'name', 'annualPrice', ...controlIds].join(',');
const noControls = controlIds.map(() => 'no').join(',');

describe('vendors CSV', () => {
  it('writes one row a vendor: id, name, price, then yes / no / the coverage per control of the scenario', () => {
    const text = writeVendorsCsv([{ id: 'a', name: 'Acme, Inc.', annualPrice: 5, controls: ['mfa', { id: 'vdi', coverage: 0.5 }] }], ['mfa', 'vdi', 'vpn']);
    expect(text).toBe('id,name,annualPrice,mfa,vdi,vpn\na,"Acme, Inc.",5,yes,0.5,no\n');
  });

  it('round-trips the default model: export then import changes nothing', () => {
    const text = writeVendorsCsv(model.vendors, controlIds);
    const back = read(text);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.vendors).toEqual(model.vendors);
    expect(JSON.stringify(back.vendors)).toBe(JSON.stringify(model.vendors));
    expect(diffVendors(model.vendors, back.vendors)).toEqual({ added: [], changed: [], changes: [], removed: [], reordered: false, same: true });
  });

  it('neutralises a formula-looking name on the way out and reads it back as it was', () => {
    const vendors = [{ ...model.vendors[0], name: '=HYPERLINK("x")' }, ...model.vendors.slice(1)];
    const text = writeVendorsCsv(vendors, controlIds);
    expect(text.split('\n')[1]).toContain(`"'=HYPERLINK(""x"")"`);
    const back = read(text, vendors);
    expect(back.ok && back.vendors[0].name).toBe('=HYPERLINK("x")');
  });

  it('reads changes: coverage, price, an added and a removed vendor; keeps what the CSV does not hold', () => {
    const rows = writeVendorsCsv(model.vendors, controlIds).trimEnd().split('\n');
    const first = rows[1].split(',');
    first[3] = '0.25';
    rows[1] = first.join(',');
    const last = rows.length - 1;
    const removedName = String(model.vendors[last - 1].name);
    rows.splice(last, 1, `new,New BPO,123,${noControls}`);
    const r = read(rows.join('\n'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.vendors.at(-1)).toEqual({ id: 'new', name: 'New BPO', annualPrice: 123, controls: [] });
    const diff = diffVendors(model.vendors, r.vendors);
    expect(diff.added).toEqual(['New BPO']);
    expect(diff.removed).toEqual([removedName]);
    expect(diff.changed).toEqual([String(model.vendors[0].name)]);
    expect(diff.changes).toEqual([[`${controlIds[0]} no → 0.25`]]);
    // The reference mark and the source stay with the vendor's id.
    expect(r.vendors[0].reference).toBe(model.vendors[0].reference);
    expect(r.vendors[0].source).toBe(model.vendors[0].source);
  });

  it('keeps a price\'s source when only its value changes, and says what changed', () => {
    const rows = writeVendorsCsv(model.vendors, controlIds).trimEnd().split('\n');
    rows[2] = rows[2].replace(',7400000,', ',7000000,');
    const r = read(rows.join('\n'));
    expect(r.ok && r.vendors[1].annualPrice).toEqual({ value: 7000000, source: 'Fictional quote' });
    if (!r.ok) return;
    expect(diffVendors(model.vendors, r.vendors).changes).toEqual([['price 7400000 → 7000000']]);
  });

  it('names the row and column of every problem and gives no vendors', () => {
    expect(problems(`name,annualPrice,${controlIds.join(',')}\nAcme,5,${noControls}\n`)).toEqual(['Row 1: no "id" column']);
    expect(problems(`${header},mfx\na,Acme,5,${noControls},yes\n`)[0]).toMatch(new RegExp(`^Row 1, column ${columnLetter(3 + controlIds.length)} \\(mfx\\): "mfx" is not a control of the scenario`));
    const cov = controlIds.map((_, i) => (i === 1 ? '1.5' : 'no')).join(',');
    expect(problems(`${header}\na,Acme,5,${cov}\n`)).toEqual([`Row 2, column E (${controlIds[1]}): coverage 1.5 is not between 0 and 1 (or yes, no)`]);
    expect(problems(`${header}\na,Acme,abc,${noControls}\n`)).toEqual(['Row 2, column C (annualPrice): "abc" is not a number']);
    expect(problems(`${header}\na,Acme,5,${noControls}\na,Bee,6,${noControls}\n`)).toEqual(['Row 3, column A (id): id "a" again (first in row 2)']);
    expect(problems(`${header}\na,Acme,5,no\n`)).toEqual([`Row 2: 4 cells where the header has ${header.split(',').length}`]);
    expect(problems(`${header}\n`)).toEqual(['Row 2: no vendors: a scenario needs at least one']);
    // Every problem at once.
    expect(problems(`${header}\na,Acme,x,${cov}\na,Acme,5,${noControls}\n`)).toHaveLength(4);
  });

  it('reads a spreadsheet\'s semicolon- or tab-separated save, and a byte order mark', () => {
    for (const sep of [';', '\t']) {
      const text = '\uFEFF' + writeVendorsCsv(model.vendors, controlIds).replaceAll(',', sep);
      const back = read(text);
      expect(back.ok && back.vendors).toEqual(model.vendors);
    }
  });

  it('letters columns as spreadsheets do', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
