import type { ExceedancePoint, Results, Tolerance } from '../../engine/index.js';

/**
 * Which exceedance curves the chart draws: a year's loss (`vendor.exceedance`), the
 * largest single breach of a year (`contract.vendors[j].occurrence`, on the year's grid)
 * or the contract's total net loss after indemnity and insurance
 * (`contract.vendors[j].total.exceedance`). The last two only when the run has contract terms.
 */
export type CurveSet = 'year' | 'occurrence' | 'contract';

/** One vendor's curve of a curve set, in the scenario's order. */
export interface VendorCurve {
  id: string;
  name: string;
  curve: ExceedancePoint[];
}

/**
 * The curve sets a run can draw: only the year's without contract terms.
 *
 * @example
 * curveSetsOf(resultsWithoutContract); // ['year']
 * curveSetsOf(resultsWithContract); // ['year', 'occurrence', 'contract']
 */
export function curveSetsOf(results: Pick<Results, 'contract'>): CurveSet[] {
  return results.contract ? ['year', 'occurrence', 'contract'] : ['year'];
}

/**
 * The curve set a tolerance is judged on, as `toleranceVerdict` reads it: the contract
 * total when it says `per: "contract"` and the run has contract terms (without them a
 * contract is one year, whose total is the year's loss), else the year's loss.
 *
 * @example
 * toleranceCurveSet(resultsWithContract, { loss: 2e7, probability: 0.05, per: 'contract' }); // 'contract'
 * toleranceCurveSet(resultsWithoutContract, { loss: 2e7, probability: 0.05, per: 'contract' }); // 'year'
 */
export function toleranceCurveSet(results: Pick<Results, 'contract'>, tolerance: Pick<Tolerance, 'per'> | undefined): CurveSet {
  return tolerance?.per === 'contract' && results.contract ? 'contract' : 'year';
}

/**
 * The curve set on screen: the one picked with the toggle while the run has it, else the
 * one the tolerance reads (so the chart opens where the tolerance is drawn).
 *
 * @example
 * chosenCurveSet(['year', 'occurrence', 'contract'], null, 'contract'); // 'contract'
 * chosenCurveSet(['year', 'occurrence', 'contract'], 'occurrence', 'contract'); // 'occurrence'
 * chosenCurveSet(['year'], 'occurrence', 'year'); // 'year': the run has no contract any more
 */
export function chosenCurveSet(available: readonly CurveSet[], picked: CurveSet | null, preferred: CurveSet): CurveSet {
  if (picked !== null && available.includes(picked)) return picked;
  return available.includes(preferred) ? preferred : 'year';
}

/**
 * Every vendor's curve of a set, in the scenario's order (`contract.vendors[j]` is
 * `vendors[j]`); the year's curves when the run has no contract.
 *
 * @example
 * curvesOf(results, 'contract')[0].curve === results.contract.vendors[0].total.exceedance; // true
 */
export function curvesOf(results: Pick<Results, 'vendors' | 'contract'>, set: CurveSet): VendorCurve[] {
  const contract = results.contract;
  return results.vendors.map((v, j) => ({
    id: v.id,
    name: v.name,
    curve: !contract || set === 'year' ? v.exceedance : set === 'occurrence' ? contract.vendors[j].occurrence : contract.vendors[j].total.exceedance,
  }));
}
