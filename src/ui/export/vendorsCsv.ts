// Papa Parse reads the CSV, not a split on commas and line breaks: a spreadsheet quotes
// names with commas, doubles quotes and puts line breaks inside quoted cells, and a
// well-kept parser (RFC 4180, in wide use, no dependencies) gets those right where a
// hand-written split would not.
import Papa from 'papaparse';
import { csvRows, uncsvCell } from '../../format/csvCell.js';
import { controlId, controlIndex } from '../state/edits/index.js';
import { controlCell, importedEntry, ownCostText } from './csvControls.js';

/** A vendor as the draft holds it (as typed: a price may be text while being edited). */
export type VendorJson = Record<string, unknown> & { id?: unknown; name?: unknown; annualPrice?: unknown; controls?: unknown };

/** The columns every vendors CSV has, before one column per control. */
export const VENDOR_COLUMNS = ['id', 'name', 'annualPrice'] as const;

/** A problem with one cell (or row, or the header) of a vendors CSV; `row` 1 is the header, as a spreadsheet counts. */
export interface CsvProblem {
  row: number;
  /** The column's letter as a spreadsheet shows it (`A`, `B`, ... `AA`), when the problem is in one column. */
  column?: string;
  /** The column's header, when it has one. */
  header?: string;
  message: string;
}

export type VendorsCsvRead = { ok: true; vendors: VendorJson[] } | { ok: false; problems: CsvProblem[] };

/** What applying an import changes, vendors named. */
export interface VendorsDiff {
  added: string[];
  changed: string[];
  /** For each of `changed`, in its order, what changes: `price 7400000 → 7000000`, `mfa yes → 0.5`, `name Acme → Acme Ltd`. */
  changes: string[][];
  removed: string[];
  /** Only the order differs (nothing added, changed or removed). */
  reordered: boolean;
  /** Nothing at all would change. */
  same: boolean;
}

/**
 * A spreadsheet's name for column `index` (0-based).
 *
 * @example
 * columnLetter(0); // 'A'
 * columnLetter(27); // 'AB'
 */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * A problem as one line a person reads.
 *
 * @example
 * problemLine({ row: 3, column: 'C', header: 'annualPrice', message: '"abc" is not a number' }); // 'Row 3, column C (annualPrice): "abc" is not a number'
 */
export function problemLine(p: CsvProblem): string {
  const where = p.column === undefined ? `Row ${p.row}` : `Row ${p.row}, column ${p.column}${p.header ? ` (${p.header})` : ''}`;
  return `${where}: ${p.message}`;
}

/** A price as written: a number, `{ value, source }`, or text being typed. */
function priceOf(price: unknown): unknown {
  return price !== null && typeof price === 'object' && 'value' in price ? (price as { value: unknown }).value : price;
}

/** The price to store: the old one as it was (its source kept) when its value is unchanged, else the new value, in the old form. */
function newPrice(old: unknown, value: number): unknown {
  if (priceOf(old) === value) return old;
  return old !== null && typeof old === 'object' && 'value' in old ? { ...old, value } : value;
}

/**
 * The vendors as CSV, one row each: `id`, `name`, `annualPrice`, then one column per
 * control of the scenario (in its order) holding `yes`, `no` or the coverage (0 to 1);
 * a control listed at coverage 0 (the vendor lacks it and states its cost) is `no`.
 * Text a spreadsheet would run as a formula is neutralised (`csvCell`).
 *
 * @example
 * writeVendorsCsv([{ id: 'a', name: 'Acme', annualPrice: 5, controls: ['mfa', { id: 'vdi', coverage: 0.5 }] }], ['mfa', 'vdi', 'vpn']);
 * // 'id,name,annualPrice,mfa,vdi,vpn\na,Acme,5,yes,0.5,no\n'
 */
export function writeVendorsCsv(vendors: readonly VendorJson[], controlIds: readonly string[]): string {
  const rows = vendors.map((v) => {
    const list = Array.isArray(v.controls) ? v.controls : [];
    const value = priceOf(v.annualPrice);
    const price = typeof value === 'number' ? value : String(value ?? '');
    return [String(v.id ?? ''), String(v.name ?? ''), price, ...controlIds.map((id) => controlCell(list, id))];
  });
  return csvRows([[...VENDOR_COLUMNS, ...controlIds], ...rows]);
}

/** A number as a spreadsheet writes one: digits, a sign, a point, an exponent; no thousands separators, no blanks. */
function readNumber(text: string): number | undefined {
  const t = text.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * The delimiter of a CSV, read from its header (whose cells are plain names): `,`, or `;`
 * (what a spreadsheet set to a decimal comma saves) or a tab when the header has no comma.
 *
 * @example
 * delimiterOf('id;name;annualPrice\n'); // ';'
 */
export function delimiterOf(text: string): string {
  const header = text.split(/\r?\n/, 1)[0];
  if (header.includes(',')) return ',';
  if (header.includes(';')) return ';';
  return header.includes('\t') ? '\t' : ',';
}

/**
 * Reads a vendors CSV (as `writeVendorsCsv` writes it, or a spreadsheet saves it) against
 * the scenario's control ids and the current vendors. Every problem is named by row and
 * column: a missing `id`, `name` or `annualPrice` column, a header that is not a control
 * of the scenario, a control with no column, a price that is not a number, a coverage
 * that is not `yes`, `no` or a number from 0 to 1, an empty or duplicate id, a duplicate
 * name, a row with more or fewer cells than the header. With any problem, no vendors.
 * Cells may be separated by `;` or tabs instead of commas (`delimiterOf`); numbers are
 * written with a decimal point either way.
 *
 * A vendor whose id is already in the scenario keeps what the CSV does not hold (the
 * reference mark, its description and source, the price's source, controls the scenario
 * does not define, its own annual costs of controls: `importedEntry`) and its controls'
 * order and form where their coverage is unchanged, so that a file exported and imported
 * again changes nothing. A coverage of 0 reads as `no`.
 *
 * @example
 * readVendorsCsv('id,name,annualPrice,mfa\na,Acme,5,yes\n', ['mfa'], []);
 * // { ok: true, vendors: [{ id: 'a', name: 'Acme', annualPrice: 5, controls: ['mfa'] }] }
 * readVendorsCsv('id,name,annualPrice,mfa\na,Acme,5,1.5\n', ['mfa'], []);
 * // { ok: false, problems: [{ row: 2, column: 'D', header: 'mfa', message: 'coverage 1.5 is not between 0 and 1 (or yes, no)' }] }
 */
export function readVendorsCsv(text: string, controlIds: readonly string[], current: readonly VendorJson[]): VendorsCsvRead {
  const clean = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(clean, { header: false, delimiter: delimiterOf(clean), skipEmptyLines: false });
  const problems: CsvProblem[] = [];
  for (const e of parsed.errors) problems.push({ row: (e.row ?? 0) + 1, message: `cannot be read as CSV: ${e.message}` });
  const rows = parsed.data.map((cells, i) => ({ cells, row: i + 1 })).filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  if (rows.length === 0 || rows[0].row !== 1) {
    return { ok: false, problems: [...problems, { row: 1, message: `the first row must be the header: ${[...VENDOR_COLUMNS, ...controlIds].join(',')}` }] };
  }
  const header = rows[0].cells.map((h) => h.trim());
  const at = new Map<string, number>();
  header.forEach((h, i) => {
    const cell = { row: 1, column: columnLetter(i), header: h };
    if (h === '') problems.push({ ...cell, message: 'a column with no header' });
    else if (at.has(h)) problems.push({ ...cell, message: `a second "${h}" column` });
    else {
      at.set(h, i);
      if (!(VENDOR_COLUMNS as readonly string[]).includes(h) && !controlIds.includes(h)) {
        problems.push({ ...cell, message: `"${h}" is not a control of the scenario (its controls: ${controlIds.join(', ')})` });
      }
    }
  });
  for (const name of [...VENDOR_COLUMNS, ...controlIds]) {
    if (!at.has(name)) problems.push({ row: 1, message: `no "${name}" column${controlIds.includes(name) ? ' (a control of the scenario: yes, no or a coverage from 0 to 1)' : ''}` });
  }
  if (rows.length === 1) problems.push({ row: 2, message: 'no vendors: a scenario needs at least one' });
  if (problems.some((p) => p.row === 1)) return { ok: false, problems };

  const byId = new Map(current.map((v) => [String(v.id), v]));
  const ids = new Map<string, number>();
  const names = new Map<string, number>();
  const vendors: VendorJson[] = [];
  for (const { cells, row } of rows.slice(1)) {
    if (cells.length !== header.length) {
      problems.push({ row, message: `${cells.length} cells where the header has ${header.length}` });
      continue;
    }
    const cell = (name: string) => {
      const i = at.get(name)!;
      return { value: cells[i], where: { row, column: columnLetter(i), header: name } };
    };
    const id = cell('id');
    const name = cell('name');
    const price = cell('annualPrice');
    const idText = uncsvCell(id.value.trim());
    const nameText = uncsvCell(name.value.trim());
    if (idText === '') problems.push({ ...id.where, message: 'an empty id' });
    else if (ids.has(idText)) problems.push({ ...id.where, message: `id "${idText}" again (first in row ${ids.get(idText)})` });
    else ids.set(idText, row);
    const nameKey = nameText.toLowerCase();
    if (nameText === '') problems.push({ ...name.where, message: 'an empty name' });
    else if (names.has(nameKey)) problems.push({ ...name.where, message: `name "${nameText}" again (first in row ${names.get(nameKey)})` });
    else names.set(nameKey, row);
    const annualPrice = readNumber(price.value);
    if (annualPrice === undefined) problems.push({ ...price.where, message: `"${price.value}" is not a number` });
    else if (annualPrice < 0) problems.push({ ...price.where, message: `a price of ${annualPrice}: it cannot be negative` });

    const old = byId.get(idText);
    const oldList = old && Array.isArray(old.controls) ? old.controls : [];
    const coverage = new Map<string, number>();
    for (const control of controlIds) {
      const c = cell(control);
      const t = c.value.trim().toLowerCase();
      if (t === 'yes') coverage.set(control, 1);
      else if (t === 'no') continue;
      else {
        const n = readNumber(t);
        if (n === undefined || n < 0 || n > 1) problems.push({ ...c.where, message: `coverage ${c.value.trim() === '' ? '(empty)' : c.value.trim()} is not between 0 and 1 (or yes, no)` });
        else if (n > 0) coverage.set(control, n);
      }
    }
    // The old entries in their order (`importedEntry`), those now `no` dropped unless they state a cost, new ones after.
    const controls: unknown[] = [];
    for (const entry of oldList) {
      const cid = controlId(entry);
      if (!controlIds.includes(cid)) controls.push(entry);
      else if (controlIndex(controls, cid) < 0) {
        const next = importedEntry(entry, cid, coverage.get(cid));
        if (next !== undefined) controls.push(next);
      }
    }
    for (const [cid, wanted] of coverage) if (controlIndex(controls, cid) < 0) controls.push(importedEntry(undefined, cid, wanted)!);
    vendors.push({ ...(old ?? {}), id: idText, name: nameText, annualPrice: old ? newPrice(old.annualPrice, annualPrice ?? 0) : annualPrice ?? 0, controls });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, vendors };
}

/** Canonical JSON (keys sorted) to compare vendors by content. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v);
}

/**
 * What replacing `before` by `after` does, vendors matched by id and named (by their new
 * name, or the old one for a removed vendor).
 *
 * @example
 * diffVendors([{ id: 'a', name: 'Acme' }, { id: 'b', name: 'Bee' }], [{ id: 'a', name: 'Acme Ltd' }, { id: 'c', name: 'Sea' }]);
 * // { added: ['Sea'], changed: ['Acme Ltd'], changes: [['name Acme → Acme Ltd']], removed: ['Bee'], reordered: false, same: false }
 */
export function diffVendors(before: readonly VendorJson[], after: readonly VendorJson[]): VendorsDiff {
  const old = new Map(before.map((v) => [String(v.id), v]));
  const next = new Set(after.map((v) => String(v.id)));
  const added: string[] = [];
  const changed: string[] = [];
  const changes: string[][] = [];
  for (const v of after) {
    const was = old.get(String(v.id));
    if (!was) added.push(String(v.name));
    else if (canonical(was) !== canonical(v)) {
      changed.push(String(v.name));
      changes.push(vendorChanges(was, v));
    }
  }
  const removed = before.filter((v) => !next.has(String(v.id))).map((v) => String(v.name));
  const same = canonical(before) === canonical(after);
  const reordered = !same && added.length + changed.length + removed.length === 0;
  return { added, changed, changes, removed, reordered, same };
}

/** The vendor's list of controls; none when it has no list. */
function listOf(vendor: VendorJson): unknown[] {
  return Array.isArray(vendor.controls) ? vendor.controls : [];
}

/**
 * What differs between two versions of one vendor, a line a difference: its name, its
 * price, how it holds each control (as the CSV writes it) and its own cost of each.
 *
 * @example
 * vendorChanges({ id: 'a', name: 'A', annualPrice: 5, controls: ['mfa'] }, { id: 'a', name: 'A', annualPrice: 6, controls: [] });
 * // ['price 5 → 6', 'mfa yes → no']
 * vendorChanges({ id: 'a', name: 'A', annualPrice: 5, controls: [] }, { id: 'a', name: 'A', annualPrice: 5, controls: [{ id: 'vdi', coverage: 0, annualCost: 8 }] });
 * // ['vdi cost none → 8']
 */
export function vendorChanges(was: VendorJson, now: VendorJson): string[] {
  const lines: string[] = [];
  if (was.name !== now.name) lines.push(`name ${String(was.name)} → ${String(now.name)}`);
  const [p0, p1] = [priceOf(was.annualPrice), priceOf(now.annualPrice)];
  if (p0 !== p1) lines.push(`price ${String(p0)} → ${String(p1)}`);
  const ids = new Set([...listOf(was), ...listOf(now)].map(controlId));
  for (const id of ids) {
    const [c0, c1] = [String(controlCell(listOf(was), id)), String(controlCell(listOf(now), id))];
    if (c0 !== c1) lines.push(`${id} ${c0} → ${c1}`);
    const [k0, k1] = [ownCostText(listOf(was), id), ownCostText(listOf(now), id)];
    if (k0 !== k1) lines.push(`${id} cost ${k0} → ${k1}`);
  }
  if (lines.length === 0) lines.push('the order of its controls');
  return lines;
}
