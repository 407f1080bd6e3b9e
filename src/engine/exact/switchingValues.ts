import type { Model } from '../model/compileModel.js';
import { costsAt, decisionBasis } from './decisionBasis.js';
import { expectedLossOf } from './expectedLossFormula.js';
import type { ModelInput } from './modelInputs.js';

/** Where, moving an input one way from its value, another candidate becomes the cheapest. */
export interface Switch {
  /** The input's value at which the costs tie. */
  value: number;
  /** The candidate cheapest beyond it. */
  vendor: string;
}

/**
 * For one input: its value now, the candidate cheapest there, and the nearest value below
 * and above at which another candidate would become the cheapest, with the inputs' other
 * values as now; null where no value within [min, max] would change the answer.
 */
export interface SwitchingValue extends Pick<ModelInput, 'label' | 'kind' | 'unit' | 'value' | 'min' | 'max'> {
  /** The input's id (`ModelInput.id`). */
  input: string;
  cheapest: string;
  below: Switch | null;
  above: Switch | null;
  /**
   * The smallest move, as a share of its value (of its range when the value is 0), that
   * would change the answer: |switch - value| / |value| for the nearer side; null with none.
   */
  nearestMove: number | null;
}

/** Bisection steps: enough to pin a root to the last bit of any double in range. */
const BISECTION_STEPS = 1100;

/**
 * What would change the answer, for every input, on the exact expected costs. Moving an
 * input from its value toward one end of its range, each other candidate's cost
 * difference to the cheapest there is a continuous function of the input (linear in
 * every input but an incidence, which it follows through -ln(1 - p)), so the first
 * candidate whose difference changes sign is the next cheapest. Each crossing is found
 * by bisection to the last bit, so the two costs tie there to rounding. Inputs come
 * nearest tipping point first (`nearestMove`), then those that would not change it.
 *
 * @example
 * switchingValuesOf(model).find((s) => s.input === 'frequency')!.above; // { value: 0.62, vendor: 'harbor' }
 */
export function switchingValuesOf(model: Model): SwitchingValue[] {
  const { inputs, ranking } = decisionBasis(model);
  if (ranking.length < 2) return [];
  const values = inputs.map((input): SwitchingValue => {
    const cheapestAt = (x: number) => cheapestOf(ranking, costsAt(model, input.at(x)));
    const now = cheapestAt(input.value);
    const below = nearestSwitch(model, input, ranking, now, input.min);
    const above = nearestSwitch(model, input, ranking, now, input.max);
    const scale = input.value !== 0 ? Math.abs(input.value) : input.max - input.min;
    const moves = [below, above].flatMap((side) => (side ? [Math.abs(side.value - input.value) / scale] : []));
    return {
      input: input.id,
      label: input.label,
      kind: input.kind,
      unit: input.unit,
      value: input.value,
      min: input.min,
      max: input.max,
      cheapest: model.vendors[now].id,
      below,
      above,
      nearestMove: moves.length > 0 ? Math.min(...moves) : null,
    };
  });
  // The nearest tipping points first; inputs that would not change the answer after, in model order.
  return values
    .map((value, order) => ({ value, order }))
    .sort((x, y) => (x.value.nearestMove ?? Infinity) - (y.value.nearestMove ?? Infinity) || x.order - y.order)
    .map((x) => x.value);
}

/** The candidate of least cost (the first in ranking order on a tie). */
function cheapestOf(ranking: readonly number[], costs: readonly number[]): number {
  let best = ranking[0];
  for (const j of ranking) if (costs[j] < costs[best]) best = j;
  return best;
}

/** The crossing nearest the input's value, toward `end`, of another candidate with `now`. */
function nearestSwitch(model: Model, input: ModelInput, ranking: readonly number[], now: number, end: number): Switch | null {
  const from = input.value;
  if (end === from) return null;
  const cost = (inputs: ReturnType<ModelInput['at']>, j: number) => model.vendors[j].annualPrice + expectedLossOf(model, inputs, model.vendors[j].controlCoverage);
  const gap = (x: number, k: number) => {
    const inputs = input.at(x);
    return cost(inputs, k) - cost(inputs, now);
  };
  let nearest: Switch | null = null;
  for (const k of ranking) {
    if (k === now || !(gap(end, k) < 0)) continue;
    // gap > 0 at `from` (now is cheapest there), < 0 at `end`: bisect the sign change.
    let inside = from;
    let outside = end;
    for (let step = 0; step < BISECTION_STEPS; step++) {
      const middle = inside + (outside - inside) / 2;
      if (middle === inside || middle === outside) break;
      if (gap(middle, k) < 0) outside = middle;
      else inside = middle;
    }
    if (nearest === null || Math.abs(outside - from) < Math.abs(nearest.value - from)) nearest = { value: outside, vendor: model.vendors[k].id };
  }
  return nearest;
}
