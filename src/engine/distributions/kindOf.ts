import { kindEntry, kindsOfFamily, ownParams, type DistributionKind } from './kinds.js';

/**
 * The editor's kind of a parameter's JSON: a number, a raw typed string or `{ value }` is
 * `number`; a tagged object the kind of its `dist`, a family of several forms (the
 * lognormal) told apart by the last form whose own parameters it has, else the first.
 * Undefined for anything else (an unknown `dist`), which `fromSpec` reports. Lenient:
 * it names what is being edited; `fromSpec` insists on exactly one form.
 *
 * @example
 * kindOf({ value: 0.39, source: 'Thales' }); // 'number'
 * kindOf({ dist: 'lognormal', low: 2e5, high: 2e7 }); // 'lognormal-range'
 */
export function kindOf(value: unknown): DistributionKind | undefined {
  if (typeof value === 'number' || typeof value === 'string') return 'number';
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  if (!('dist' in record)) return 'value' in record ? 'number' : undefined;
  const forms = kindsOfFamily(record.dist).filter((kind) => !kindEntry(kind).plain);
  const marked = forms.filter((kind) => ownParams(kind).some((name) => record[name] !== undefined));
  return marked.length > 0 ? marked[marked.length - 1] : forms[0];
}
