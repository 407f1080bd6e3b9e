import type { Model } from '../model/compileModel.js';
import { cheapestSet } from './cheapestSet.js';
import { controlValuesOf, type ControlValues } from './controlValues.js';
import { decisionBasis } from './decisionBasis.js';
import { expectedLossOf } from './expectedLossFormula.js';

/** The most options the cheapest-set search takes (2^20 sets at worst). */
export const MAX_SET_OPTIONS = 20;

/** A control to ask a vendor for: missing, or held at partial coverage. */
export interface Ask {
  control: string;
  label: string;
  /** How much full coverage cuts the vendor's expected loss a year: also the most it is worth on the price. */
  lossReduction: number;
  annualCost: number | null;
  /** (lossReduction - annualCost) / annualCost; null without a cost above 0. */
  return: number | null;
}

/**
 * The cheapest set of priced controls that makes a vendor the cheapest candidate:
 * `cheapest` it already is; `found` (the controls, what they add to the price, and its
 * cost then, and whether the search was complete: `exhaustive` is false when it stopped at
 * `MAX_SET_EVALUATIONS` and a cheaper set may exist); `none` (not even all of them would); `unpriced` (no control it could add
 * has a cost stated); `complete` (it holds every control at full coverage: only its
 * price can change); `too-many` (more than 20 priced options: not searched).
 */
export type CheapestSet =
  | { status: 'cheapest' }
  | { status: 'found'; controls: string[]; addedCost: number; cost: number; exhaustive: boolean }
  | { status: 'none' }
  | { status: 'unpriced' }
  | { status: 'complete' }
  | { status: 'too-many'; options: number };

export interface VendorNegotiation {
  id: string;
  name: string;
  annualPrice: number;
  expectedLoss: number;
  cost: number;
  /**
   * The annual price at which it would tie the cheapest other candidate on price plus
   * expected loss (for the cheapest, the price up to which it stays so); null alone.
   */
  breakEvenPrice: number | null;
  /** breakEvenPrice - annualPrice: room to pay more (above 0), or the cut needed to tie (below). */
  headroom: number | null;
  cheapestSet: CheapestSet;
  /** Its missing and partial controls, the largest loss reduction first. */
  asks: Ask[];
}

/**
 * What to negotiate, per candidate, in closed form: the break-even price, the controls to
 * ask for and what each is worth, and the cheapest set that makes it the cheapest. And
 * `premium`: the most to pay a year for the candidate with the lowest expected loss
 * (`safer`) over the one with the lowest price (`cheaper`), their difference in expected
 * loss; null when one candidate is both.
 */
export interface Negotiation {
  /** The candidate with the lowest exact price plus expected loss, or null with none. */
  cheapest: string | null;
  vendors: VendorNegotiation[];
  premium: { safer: string; cheaper: string; amount: number } | null;
}

/**
 * @example
 * const n = negotiationOf(model);
 * n.vendors.find((v) => v.id === 'harbor')!.breakEvenPrice; // the price at which Harbor ties the cheapest
 */
export function negotiationOf(model: Model, values: ControlValues = controlValuesOf(model)): Negotiation {
  const basis = decisionBasis(model);
  const { costs, losses, ranking } = basis;
  const vendors = ranking.map((j): VendorNegotiation => {
    const vendor = model.vendors[j];
    const others = ranking.filter((k) => k !== j);
    const target = others.length > 0 ? Math.min(...others.map((k) => costs[k])) : Number.NaN;
    const breakEvenPrice = others.length > 0 ? target - losses[j] : null;
    const asks = values.vendors[j].controls
      .filter((c) => c.ifFull !== null)
      .map((c): Ask => ({ control: c.control, label: c.label, lossReduction: c.ifFull!, annualCost: c.annualCost, return: c.return }))
      .sort((a, b) => b.lossReduction - a.lossReduction);
    return {
      id: vendor.id,
      name: vendor.name,
      annualPrice: vendor.annualPrice,
      expectedLoss: losses[j],
      cost: costs[j],
      breakEvenPrice,
      headroom: breakEvenPrice === null ? null : breakEvenPrice - vendor.annualPrice,
      cheapestSet: j === ranking[0] ? { status: 'cheapest' } : setFor(model, j, target),
      asks,
    };
  });
  const candidates = ranking.map((j) => model.vendors[j]);
  const byPrice = [...ranking].sort((a, b) => model.vendors[a].annualPrice - model.vendors[b].annualPrice || a - b)[0];
  const byLoss = [...ranking].sort((a, b) => losses[a] - losses[b] || a - b)[0];
  const premium = candidates.length > 1 && byPrice !== byLoss
    ? { safer: model.vendors[byLoss].id, cheaper: model.vendors[byPrice].id, amount: losses[byPrice] - losses[byLoss] }
    : null;
  return { cheapest: ranking.length > 0 ? model.vendors[ranking[0]].id : null, vendors, premium };
}

/** The cheapest set of vendor j's priced, not fully held controls that beats `target`. */
function setFor(model: Model, j: number, target: number): CheapestSet {
  const vendor = model.vendors[j];
  if (vendor.controlCoverage.every((c) => c >= 1)) return { status: 'complete' };
  const options = model.controls.flatMap((_, k) => (vendor.controlCoverage[k] < 1 && Number.isFinite(vendor.controlCost[k]) ? [k] : []));
  if (options.length === 0) return { status: 'unpriced' };
  if (options.length > MAX_SET_OPTIONS) return { status: 'too-many', options: options.length };
  const means = decisionBasis(model).means;
  const coverage = Float64Array.from(vendor.controlCoverage);
  const found = cheapestSet({
    costs: options.map((k) => vendor.controlCost[k]),
    price: vendor.annualPrice,
    target,
    lossWith(chosen) {
      options.forEach((k, i) => (coverage[k] = chosen[i] ? 1 : vendor.controlCoverage[k]));
      return expectedLossOf(model, means, coverage);
    },
  });
  if (found === null) return { status: 'none' };
  return {
    status: 'found', controls: found.options.map((i) => model.controls[options[i]].id), addedCost: found.addedCost, cost: found.cost,
    exhaustive: found.exhaustive,
  };
}
