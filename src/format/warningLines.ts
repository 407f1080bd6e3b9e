import type { Results } from '../engine/index.js';
import { DISAGREEMENT_STANDARD_ERRORS } from '../engine/index.js';

/** One warning for people: where it applies, and what it says. */
export interface WarningLine {
  /** The scenario field concerned, when one. */
  path?: string;
  /** The vendors concerned; empty when the warning holds for every vendor. */
  vendors: string[];
  text: string;
}

/**
 * The run's warnings as people read them, the same on the page and the command line:
 * each `heavy-tail` warning as the engine words it, and the vendors whose sample and
 * conditional means disagree gathered in one line (the JSON keeps one warning a vendor).
 *
 * @example
 * warningLines(results);
 * // [{ path: 'magnitude.perBreach', vendors: [], text: 'a lognormal with sigma 10 has ...' },
 * //  { vendors: ['northwind', 'bluepeak'], text: 'For Northwind Contact and Bluepeak BPO, the mean of ...' }]
 */
export function warningLines(results: Results): WarningLine[] {
  const lines: WarningLine[] = results.warnings
    .filter((w) => w.code !== 'sample-disagrees')
    .map((w) => ({ path: w.path, vendors: w.vendor ? [w.vendor] : [], text: w.message }));
  const disagreeing = results.warnings.filter((w) => w.code === 'sample-disagrees' && w.vendor).map((w) => w.vendor!);
  if (disagreeing.length > 0) {
    const names = new Map(results.vendors.map((v) => [v.id, v.name]));
    lines.push({
      vendors: disagreeing,
      text: `For ${listOf(disagreeing.map((id) => names.get(id) ?? id))}, the mean of the simulated years differs from the expected loss ` +
        `by more than ${DISAGREEMENT_STANDARD_ERRORS} standard errors: the simulated years miss part of the loss distribution ` +
        '(a tail rarer than the trials reach), so the quantiles and tail figures understate it.',
    });
  }
  return lines;
}

/** `a`, `a and b`, `a, b and c`. */
function listOf(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
