import type { Model } from '../model/compileModel.js';
import { pairCount } from '../simulate/blockColumns.js';
import { decisionBasis } from '../exact/decisionBasis.js';

/** Up to this many vendors, a run compares every pair (190 pairs); beyond it, only some. */
export const ALL_PAIRS_UP_TO = 20;

/** Which pairs a run compared: `all`, or `selected` (those asked for and those the verdict needs). */
export type PairCoverage = 'all' | 'selected';

/**
 * The vendor pairs a run compares, as indices a < b in pair order, and whether they are
 * all of them. Up to `ALL_PAIRS_UP_TO` vendors: every pair. Beyond: the pairs asked for
 * (by vendor id), and every pair among the first `ALL_PAIRS_UP_TO` candidates of the exact
 * ranking (price plus the closed-form expected loss, `decisionBasis`), which holds the pair the verdict reads
 * (the two lowest risk-adjusted costs) unless the ranking moves far from the inputs' means.
 * The same model and request give the same pairs in every worker.
 *
 * @example
 * comparedPairs(model).pairs; // [[0, 1], [0, 2], [1, 2]] for three vendors
 */
export function comparedPairs(model: Model, asked: readonly (readonly [string, string])[] = []): { pairs: [number, number][]; coverage: PairCoverage } {
  const n = model.vendors.length;
  if (n <= ALL_PAIRS_UP_TO) {
    const pairs: [number, number][] = [];
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) pairs.push([a, b]);
    return { pairs, coverage: 'all' };
  }
  const index = new Map(model.vendors.map((v, j) => [v.id, j]));
  const chosen = new Set<number>();
  const key = (a: number, b: number) => a * n + b;
  for (const [x, y] of asked) {
    const a = index.get(x);
    const b = index.get(y);
    if (a === undefined || b === undefined || a === b) continue;
    chosen.add(key(Math.min(a, b), Math.max(a, b)));
  }
  const leaders = decisionBasis(model).ranking.slice(0, ALL_PAIRS_UP_TO).sort((x, y) => x - y);
  for (let i = 0; i < leaders.length; i++) for (let k = i + 1; k < leaders.length; k++) chosen.add(key(leaders[i], leaders[k]));
  const pairs = [...chosen].sort((x, y) => x - y).map((k): [number, number] => [Math.floor(k / n), k % n]);
  return { pairs, coverage: pairs.length === pairCount(n) ? 'all' : 'selected' };
}
