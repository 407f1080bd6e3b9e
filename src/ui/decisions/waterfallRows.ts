import type { Waterfall } from '../../engine/index.js';

/** One bar of a drawn waterfall: where it starts and ends on the loss axis, and the figure it shows. */
export interface WaterfallRow {
  key: string;
  label: string;
  kind: 'start' | 'step' | 'end';
  /** The bar's ends in expected loss a year (a total runs from 0). */
  from: number;
  to: number;
  /** The figure shown: the total, or the step's change given the steps before it. */
  value: number;
  /** A step's change if it were the only step from the start. */
  alone?: number;
  control?: string;
}

/**
 * A waterfall as bars: the start's total, each step floating from the running loss before
 * it to the one after, and the end's total. The steps' values sum to `end - start`.
 *
 * @example
 * waterfallRows({ from: 'ref', start: 100, steps: [{ control: 'mfa', label: 'MFA', change: -30, alone: -40, ... }], end: 70 }, 'Ref', 'Vendor');
 * // [{ kind: 'start', from: 0, to: 100, value: 100 }, { kind: 'step', from: 100, to: 70, value: -30, alone: -40 }, { kind: 'end', from: 0, to: 70, value: 70 }]
 */
export function waterfallRows(waterfall: Waterfall, startLabel: string, endLabel: string): WaterfallRow[] {
  const rows: WaterfallRow[] = [{ key: 'start', label: startLabel, kind: 'start', from: 0, to: waterfall.start, value: waterfall.start }];
  let running = waterfall.start;
  for (const step of waterfall.steps) {
    rows.push({
      key: `step:${step.control}`,
      label: step.label,
      kind: 'step',
      from: running,
      to: running + step.change,
      value: step.change,
      alone: step.alone,
      control: step.control,
    });
    running += step.change;
  }
  rows.push({ key: 'end', label: endLabel, kind: 'end', from: 0, to: waterfall.end, value: waterfall.end });
  return rows;
}

/**
 * The loss axis a waterfall needs: from 0 (or below, should a running loss dip under it)
 * to its highest running loss.
 *
 * @example
 * waterfallDomain(rows); // [0, 100]
 */
export function waterfallDomain(rows: readonly WaterfallRow[]): [number, number] {
  const ends = rows.flatMap((r) => [r.from, r.to]);
  return [Math.min(0, ...ends), Math.max(1, ...ends)];
}
