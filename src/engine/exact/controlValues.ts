import type { Model } from '../model/compileModel.js';
import { decisionBasis } from './decisionBasis.js';
import { expectedLossOf, type FormulaInputs } from './expectedLossFormula.js';
import { replaced } from './replaced.js';

/** What one control is worth to one vendor, in expected loss a year. */
export interface ControlValue {
  control: string;
  label: string;
  /** `held` at full coverage, `partial` coverage, or `missing`. */
  status: 'held' | 'partial' | 'missing';
  coverage: number;
  /** Held or partial: how much the expected loss would rise if the control went; null when missing. */
  ifRemoved: number | null;
  /** Partial or missing: how much it would fall at full coverage; null when held in full. */
  ifFull: number | null;
  /** What the vendor would charge a year for full coverage; null when not stated. */
  annualCost: number | null;
  /** (ifFull - annualCost) / annualCost, with a cost stated above 0; null otherwise. */
  return: number | null;
}

/** One bar of a waterfall: a control's coverage changed from the start's to the vendor's. */
export interface WaterfallStep {
  control: string;
  label: string;
  coverageFrom: number;
  coverageTo: number;
  /** The change in expected loss given the steps before it (negative: a decrease). */
  change: number;
  /** The change if this were the only step from the start. */
  alone: number;
}

/**
 * From the reference vendor's expected loss (or, without a reference, the loss with no
 * controls) to this vendor's: each control whose coverage differs, in catalogue order.
 * `start` plus every step's `change` is `end`, the vendor's expected loss, to rounding.
 */
export interface Waterfall {
  /** The reference vendor's id, or null for "no controls". */
  from: string | null;
  start: number;
  steps: WaterfallStep[];
  end: number;
}

export interface VendorControlValues {
  id: string;
  name: string;
  expectedLoss: number;
  /** Every control of the catalogue, in its order. */
  controls: ControlValue[];
  waterfall: Waterfall;
}

/** What each control is worth to each vendor, and a waterfall from the reference to each. */
export interface ControlValues {
  vendors: VendorControlValues[];
}

/**
 * Every vendor's control values and waterfall, in closed form at the inputs' means
 * (`expectedLossOf`): exact, since each effect enters each product once.
 *
 * @example
 * const bluepeak = controlValuesOf(model).vendors[1];
 * bluepeak.controls.find((c) => c.control === 'vdi'); // { status: 'missing', ifFull: 183000, ... }
 */
export function controlValuesOf(model: Model, inputs: FormulaInputs = decisionBasis(model).means): ControlValues {
  const reference = model.vendors.find((v) => v.reference);
  const startCoverage = reference ? reference.controlCoverage : new Float64Array(model.controls.length);
  const lossAt = (coverage: ArrayLike<number>) => expectedLossOf(model, inputs, coverage);
  const start = lossAt(startCoverage);
  return {
    vendors: model.vendors.map((vendor): VendorControlValues => {
      const own = vendor.controlCoverage;
      const expectedLoss = lossAt(own);
      const controls = model.controls.map((control, k): ControlValue => {
        const coverage = own[k];
        const status = coverage === 1 ? 'held' : coverage > 0 ? 'partial' : 'missing';
        const ifRemoved = coverage > 0 ? lossAt(replaced(own, k, 0)) - expectedLoss : null;
        const ifFull = coverage < 1 ? expectedLoss - lossAt(replaced(own, k, 1)) : null;
        const cost = vendor.controlCost[k];
        const annualCost = Number.isNaN(cost) || coverage === 1 ? null : cost;
        return {
          control: control.id,
          label: control.label,
          status,
          coverage,
          ifRemoved,
          ifFull,
          annualCost,
          return: ifFull !== null && annualCost !== null && annualCost > 0 ? (ifFull - annualCost) / annualCost : null,
        };
      });
      const steps: WaterfallStep[] = [];
      const running = Float64Array.from(startCoverage);
      let before = start;
      model.controls.forEach((control, k) => {
        if (own[k] === startCoverage[k]) return;
        running[k] = own[k];
        const after = lossAt(running);
        steps.push({
          control: control.id,
          label: control.label,
          coverageFrom: startCoverage[k],
          coverageTo: own[k],
          change: after - before,
          alone: lossAt(replaced(startCoverage, k, own[k])) - start,
        });
        before = after;
      });
      return { id: vendor.id, name: vendor.name, expectedLoss, controls, waterfall: { from: reference?.id ?? null, start, steps, end: expectedLoss } };
    }),
  };
}
