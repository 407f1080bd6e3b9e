import type { Model } from '../model/compileModel.js';
import { costsAt, decisionBasis } from './decisionBasis.js';
import type { InputUnit, ModelInput } from './modelInputs.js';

/** Quantiles an uncertain input swings between. */
export const TORNADO_QUANTILES = [0.1, 0.9] as const;

/** One input's bar: the figure with the input at `low` and at `high`, every other at its distribution. */
export interface TornadoBar {
  input: string;
  label: string;
  kind: 'uncertain' | 'plain';
  unit: InputUnit;
  low: number;
  high: number;
  atLow: number;
  atHigh: number;
  /** |atHigh - atLow|. */
  swing: number;
}

/** A figure now (`base`) and every input's bar, the widest swing first. */
export interface Tornado {
  base: number;
  bars: TornadoBar[];
}

/**
 * Where an input swings: an uncertain one between its 10th and 90th percentiles, a plain
 * one by `swing` (a fraction) either way of its value, clipped to the values it can take.
 * A range open at its top (an incidence, below 1) clips a high end that would reach it
 * to halfway from the value to the top instead.
 *
 * @example
 * swingRange(perBreachInput, 0.25); // [0.75 x mean, 1.25 x mean]
 * swingRange(incidenceOf(0.85), 0.25); // [0.6375, 0.925]: +25% would pass 1
 */
export function swingRange(input: ModelInput, swing: number): [number, number] {
  if (input.distribution) return [input.distribution.quantile(TORNADO_QUANTILES[0]), input.distribution.quantile(TORNADO_QUANTILES[1])];
  const low = Math.max(input.min, input.value * (1 - swing));
  const high = input.value * (1 + swing);
  if (high < input.max) return [low, high];
  return [low, input.openAtMax ? input.value + (input.max - input.value) / 2 : input.max];
}

/**
 * The tornadoes in closed form: per vendor of its expected loss, and for the decision
 * of the cost difference between the two leading candidates (leader minus runner-up:
 * below 0 while the leader stays ahead). With every other input at its distribution the
 * expected figure is the formula with those inputs at their means, so each bar is two
 * evaluations of the formula: no trials.
 *
 * @example
 * const { vendors, decision } = tornadoesOf(model);
 * decision!.bars[0].input; // the input that moves the decision most, e.g. 'frequency'
 */
export function tornadoesOf(model: Model, swing = model.swing): { vendors: ({ id: string } & Tornado)[]; decision: ({ a: string; b: string } & Tornado) | null } {
  const basis = decisionBasis(model);
  const ends = basis.inputs.map((input) => {
    const [low, high] = swingRange(input, swing);
    return { input, low, high, atLow: costsAt(model, input.at(low)), atHigh: costsAt(model, input.at(high)) };
  });
  const tornado = (base: number, figure: (costs: number[]) => number): Tornado => ({
    base,
    bars: ends
      .map(({ input, low, high, atLow, atHigh }): TornadoBar => {
        const l = figure(atLow);
        const h = figure(atHigh);
        return { input: input.id, label: input.label, kind: input.kind, unit: input.unit, low, high, atLow: l, atHigh: h, swing: Math.abs(h - l) };
      })
      .sort((x, y) => y.swing - x.swing),
  });
  const vendors = model.vendors.map((v, j) => ({ id: v.id, ...tornado(basis.losses[j], (costs) => costs[j] - v.annualPrice) }));
  const { leader: a, runnerUp: b } = basis;
  const decision = b < 0 ? null : { a: model.vendors[a].id, b: model.vendors[b].id, ...tornado(basis.costs[a] - basis.costs[b], (costs) => costs[a] - costs[b]) };
  return { vendors, decision };
}
