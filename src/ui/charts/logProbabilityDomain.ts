import type { ExceedancePoint } from '../../engine/index.js';
import type { GridWindow } from './exceedanceWindow.js';

/**
 * The chance axis of a log exceedance chart, [bottom, top]: from the smallest non-zero
 * chance of any curve in the window `span` (a run of n trials resolves nothing below
 * 1/n, so never below that), down to a power of ten, up to the largest chance in the
 * window (the curves' heads) rounded up to 1, 2 or 5 times a power of ten, at most 1.
 * `include` (a tolerance's chance) is kept inside. Years with a zero chance sit on the
 * bottom. O(curves x points).
 *
 * @example
 * // two curves over a window whose chances run from 0.39 down to 0.0003, of 100,000 trials
 * logProbabilityDomain(curves, { start: 0, end: 40 }, 100_000); // [0.0001, 0.5]
 */
export function logProbabilityDomain(
  curves: readonly (readonly ExceedancePoint[])[],
  span: GridWindow,
  trials: number,
  include?: number,
): [number, number] {
  const floor = trials > 0 ? 1 / trials : 1e-6;
  let smallest = Infinity;
  let largest = 0;
  for (const curve of curves) {
    for (let i = span.start; i <= span.end && i < curve.length; i++) {
      const p = curve[i].probability;
      if (p > 0 && p < smallest) smallest = p;
      if (p > largest) largest = p;
    }
  }
  if (include !== undefined && include > 0) {
    smallest = Math.min(smallest, include);
    largest = Math.max(largest, include);
  }
  const low = Number.isFinite(smallest) ? Math.max(smallest, include !== undefined && include > 0 ? Math.min(include, floor) : floor) : floor;
  const bottom = pow10(Math.floor(Math.log10(low) + 1e-9));
  const top = Math.min(1, nice125Above(Math.max(largest, bottom * 10)));
  return [bottom, top];
}

/** The smallest 1, 2 or 5 times a power of ten at or above `x` (x > 0). */
function nice125Above(x: number): number {
  const decade = pow10(Math.floor(Math.log10(x) + 1e-12));
  const m = (x / decade) * (1 - 1e-12);
  return Number((decade * (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10)).toPrecision(12));
}

/** 10^k, exact for the powers a decimal can write (10 ** -4 is 0.00009999999999999999). */
function pow10(k: number): number {
  return k < 0 ? 1 / 10 ** -k : 10 ** k;
}
