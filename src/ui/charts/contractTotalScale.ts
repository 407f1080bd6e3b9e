import { scaleSymlog, type ScaleSymLog } from 'd3';

/** The money axis of the contract-total chart, and its ticks. */
export interface ContractTotalScale {
  x: ScaleSymLog<number, number>;
  ticks: number[];
}

/** The smallest 1-2-5 amount (1, 2, 5, 10, 20...) at or above `x` (> 0). @example niceTop(92e6); // 1e8 */
export function niceTop(x: number): number {
  const decade = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 5, 10]) if (m * decade >= x * (1 - 1e-12)) return m * decade;
  return 10 * decade;
}

/**
 * A money axis from 0 to the 1-2-5 amount at or above `max`, `width` pixels: symmetric-log
 * (d3's `scaleSymlog`, linear near 0 and logarithmic beyond), its constant a thousandth of
 * the top, so that $0 has a place and the contract-total distribution's long tail (a 99th
 * percentile often 50 times the median) still leaves room for the median. The ticks are 0,
 * the top, and the 1-2-5 (else 1-3, else powers of ten) amounts from the constant to it, the
 * first of these sets whose ticks are all at least `spacing` pixels apart; when none is,
 * 0, the top and the powers of ten between them that leave room on both sides. A `max` of
 * 0 or less gives the axis of 0 to 1. Cost: O(decades).
 *
 * @example
 * const { x, ticks } = contractTotalScale(92e6, 600);
 * x.domain(); // [0, 1e8]
 * x(0); // 0
 * x(1e8); // 600
 * ticks; // [0, 1e5, 3e5, 1e6, 3e6, 1e7, 3e7, 1e8]  (the 1-2-5 steps would be too close)
 * contractTotalScale(92e6, 300).ticks; // [0, 1e6, 1e7, 1e8]
 */
export function contractTotalScale(max: number, width: number, spacing = 48): ContractTotalScale {
  const top = max > 0 ? niceTop(max) : 1;
  const constant = top / 1000;
  const x = scaleSymlog().constant(constant).domain([0, top]).range([0, width]);
  const gap = (a: number, b: number) => x(b) - x(a) >= spacing;
  for (const mults of [[1, 2, 5], [1, 3], [1]]) {
    const ticks = [0, ...amounts(constant, top, mults).filter((t) => t < top * (1 - 1e-9)), top];
    if (ticks.every((t, i) => i === 0 || gap(ticks[i - 1], t))) return { x, ticks };
  }
  // Not even the powers of ten fit: 0 and the top, and the powers between that leave room on both sides.
  const ticks = [top];
  for (const t of amounts(constant, top, [1]).reverse()) if (t < top * (1 - 1e-9) && gap(t, ticks[0]) && gap(0, t)) ticks.unshift(t);
  return { x, ticks: [0, ...ticks] };
}

/** The amounts m x 10^k (m in `mults`) from `low` to `high`, in order. */
function amounts(low: number, high: number, mults: readonly number[]): number[] {
  const out: number[] = [];
  for (let d = Math.floor(Math.log10(low)); d <= Math.ceil(Math.log10(high)); d++) {
    for (const m of mults) {
      const t = m * 10 ** d;
      if (t >= low * (1 - 1e-9) && t <= high * (1 + 1e-9)) out.push(t);
    }
  }
  return out;
}
