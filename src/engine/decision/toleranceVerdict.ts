import { exp, log } from '../math/index.js';
import type { Results, ExceedancePoint } from '../results.js';
import type { Scenario } from '../scenario/schema.js';
import { exceedanceAt } from '../statistics/exceedanceAt.js';
import { rankedVendors } from './rankVendors.js';

/** A point of a risk tolerance: at most `probability` of losing more than `loss`. */
export interface TolerancePoint {
  loss: number;
  probability: number;
}

/** A scenario's `tolerance`, in either form (a point, or a curve of points). */
export type Tolerance = NonNullable<Scenario['tolerance']>;

/** What a tolerance reads: a year's loss (before the terms), or the contract's total net loss. */
export type TolerancePer = 'year' | 'contract';

/**
 * A tolerance's points, by increasing loss: the one point, or the curve's.
 *
 * @example
 * tolerancePoints({ loss: 5e6, probability: 0.05 }); // [{ loss: 5e6, probability: 0.05 }]
 */
export function tolerancePoints(tolerance: Tolerance): TolerancePoint[] {
  return 'points' in tolerance ? tolerance.points.map(({ loss, probability }) => ({ loss, probability })) : [{ loss: tolerance.loss, probability: tolerance.probability }];
}

/**
 * The chance a tolerance allows of losing more than `loss`: linear in log(loss) and
 * log(chance) between two points of the curve, exact at a point; undefined outside the
 * curve (below its first loss or above its last), where it says nothing.
 *
 * @example
 * const curve = [{ loss: 1e6, probability: 0.1 }, { loss: 1e8, probability: 0.001 }];
 * toleranceAt(curve, 1e7); // 0.01 (halfway in log loss, halfway in log chance)
 */
export function toleranceAt(points: readonly TolerancePoint[], loss: number): number | undefined {
  const n = points.length;
  if (n === 0 || !(loss >= points[0].loss) || !(loss <= points[n - 1].loss)) return undefined;
  let i = 0;
  while (i < n - 1 && points[i + 1].loss <= loss) i++;
  const a = points[i];
  if (loss === a.loss || i === n - 1) return a.probability;
  const b = points[i + 1];
  const t = (log(loss) - log(a.loss)) / (log(b.loss) - log(a.loss));
  return exp(log(a.probability) + t * (log(b.probability) - log(a.probability)));
}

/** One vendor against the tolerance. */
export interface ToleranceCheck {
  id: string;
  name: string;
  reference: boolean;
  /** The loss where the vendor comes nearest to the tolerance, or exceeds it most (relative to what it allows). */
  loss: number;
  /** The vendor's chance of losing more than `loss`. */
  probability: number;
  /** The chance the tolerance allows there. */
  allowed: number;
  /** True when the vendor's chance stays at or below the tolerance at every loss it covers. */
  passes: boolean;
}

/** Every vendor against the tolerance, in the ranking's order (the contract's for `per: "contract"`; the reference last). */
export interface ToleranceVerdict {
  per: TolerancePer;
  points: TolerancePoint[];
  vendors: ToleranceCheck[];
}

/**
 * Each vendor's chance of exceeding the risk tolerance, and whether it passes, from a
 * run's results: the one the page draws and the CLI prints. A point is read on the vendor's
 * exceedance curve at its loss; a curve at each of its points and at every grid loss
 * between its first and last point (the curve says nothing beyond them), the vendor
 * passing when its chance is at most the tolerance's everywhere. `per: "contract"` reads
 * the contract's total net loss (`results.contract`; a run without contract terms is a
 * one-year contract, whose total is the year's loss), otherwise the year's loss.
 *
 * @example
 * toleranceVerdict(results, { loss: 5e6, probability: 0.05 }).vendors[0];
 * // { id: 'bluepeak', loss: 5e6, probability: 0.031, allowed: 0.05, passes: true, ... }
 */
export function toleranceVerdict(results: Results, tolerance: Tolerance): ToleranceVerdict {
  const per: TolerancePer = tolerance.per === 'contract' ? 'contract' : 'year';
  const points = tolerancePoints(tolerance);
  const contract = per === 'contract' ? results.contract : undefined;
  const curveOf = new Map<string, ExceedancePoint[]>(
    results.vendors.map((v, j) => [v.id, contract ? contract.vendors[j].total.exceedance : v.exceedance]),
  );
  const order = contract ? { vendors: results.vendors, ranking: contract.ranking } : results;
  const vendors = rankedVendors(order).map((v): ToleranceCheck => {
    const curve = curveOf.get(v.id)!;
    const losses = [...points.map((p) => p.loss), ...curve.map((p) => p.loss).filter((x) => x > points[0].loss && x < points[points.length - 1].loss)];
    let worst: Omit<ToleranceCheck, 'id' | 'name' | 'reference' | 'passes'> | undefined;
    for (const loss of losses) {
      const allowed = toleranceAt(points, loss)!;
      const probability = exceedanceAt(curve, loss);
      if (!worst || probability / allowed > worst.probability / worst.allowed) worst = { loss, probability, allowed };
    }
    const { loss, probability, allowed } = worst!;
    return { id: v.id, name: v.name, reference: v.reference, loss, probability, allowed, passes: probability <= allowed };
  });
  return { per, points, vendors };
}
