import { formatPath } from '../../engine/index.js';
import { diffJson, type Json } from '../../links/index.js';
import { isRecord } from '../state/draftJson.js';
import { controlId, coverageOf, isHeld } from '../state/edits/index.js';

/** One assumption that differs from the default model: where, and both values as short text. */
export interface Difference {
  path: string;
  before: string;
  after: string;
}

/**
 * The assumptions in which `scenario` differs from `model`, each with both values: one
 * line per changed number or text, a whole part (a vendor added, a reordered map) as one
 * line, `source` texts left out (they describe, they do not change a figure). A vendor's
 * control entry reads as whether the vendor holds it (one at coverage 0 it does not) and
 * the cost it states.
 *
 * @example
 * modelDifferences(defaultModel, edited);
 * // [{ path: 'frequency.annualIncidence.value', before: '0.39', after: '0.45' }]
 * // a cost stated for a control lowell lacks:
 * // [{ path: 'vendors[4].controls[1]', before: '(none)', after: 'vdi not held, costs 80000 a year to add' }]
 */
export function modelDifferences(model: Json, scenario: Json): Difference[] {
  const at = (root: Json, path: (string | number)[]): Json | undefined => {
    let node: Json | undefined = root;
    for (const key of path) node = node !== null && typeof node === 'object' ? (node as Record<string, Json>)[key as string] : undefined;
    return node;
  };
  return diffJson(model, scenario)
    .filter((op) => op[1][op[1].length - 1] !== 'source')
    .map((op) => {
      const path = op[1];
      const before = at(model, path);
      const after = op[0] === 's' ? op[2] : op[0] === 't' ? `${op[2]} items` : undefined;
      const text = (value: Json | undefined) => (isVendorControl(path) ? entryText(value) : isVendorCoverage(path) && value === 0 ? '0 (not held)' : short(value));
      return { path: formatPath(path) || 'the whole scenario', before: text(before), after: op[0] === 't' ? String(after) : text(after as Json | undefined) };
    });
}

/** Whether `path` is of one entry of a vendor's controls: `vendors[4].controls[1]`. */
function isVendorControl(path: readonly (string | number)[]): boolean {
  return path.length === 4 && path[0] === 'vendors' && path[2] === 'controls' && typeof path[3] === 'number';
}

/** Whether `path` is of the coverage of a vendor's control: `vendors[4].controls[1].coverage`. */
function isVendorCoverage(path: readonly (string | number)[]): boolean {
  return path.length === 5 && isVendorControl(path.slice(0, 4)) && path[4] === 'coverage';
}

/** A vendor's control entry as people read it: `mfa held`, `mfa at 60%`, `vdi not held, costs 80000 a year to add`. */
function entryText(entry: Json | undefined): string {
  if (entry === undefined) return '(none)';
  const id = controlId(entry);
  const coverage = coverageOf(entry);
  const held = !isHeld(entry) ? 'not held' : coverage === 1 ? 'held' : typeof coverage === 'number' ? `at ${+(coverage * 100).toFixed(1)}%` : `at ${short(coverage as Json)}`;
  const cost = isRecord(entry) && entry.annualCost !== undefined ? (isRecord(entry.annualCost) ? entry.annualCost.value : entry.annualCost) : undefined;
  return `${id} ${held}${cost === undefined ? '' : `, costs ${short(cost as Json)} a year to ${held === 'not held' ? 'add' : 'cover in full'}`}`;
}

function short(value: Json | undefined): string {
  if (value === undefined) return '(none)';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
