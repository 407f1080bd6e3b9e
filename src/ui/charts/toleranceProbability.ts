/**
 * The smallest chance a risk tolerance may be set to by the chart: the engine requires a
 * tolerance's probability in (0, 1], so the point never reaches 0.
 */
export const MIN_TOLERANCE_PROBABILITY = 0.0001;

/** Keyboard steps by band: above 1% in 0.5 points, from 0.1% to 1% in 0.1, below in 0.01. */
const BANDS: readonly { low: number; high: number; step: number }[] = [
  { low: MIN_TOLERANCE_PROBABILITY, high: 0.001, step: 0.0001 },
  { low: 0.001, high: 0.01, step: 0.001 },
  { low: 0.01, high: 1, step: 0.005 },
];
const EPSILON = 1e-12;
const tidy = (x: number) => Number(x.toPrecision(12));

/**
 * A chance read off the chart (a drag) made a valid tolerance: clamped to
 * [MIN_TOLERANCE_PROBABILITY, 1] (NaN gives the minimum) and rounded to what a pointer
 * can mean, to the nearest 0.1% from 1% up, to 2 significant digits below.
 *
 * @example
 * toleranceProbability(0); // 0.0001
 * toleranceProbability(0.05234); // 0.052
 * toleranceProbability(0.004567); // 0.0046
 * toleranceProbability(1.2); // 1
 */
export function toleranceProbability(p: number): number {
  if (!(p > MIN_TOLERANCE_PROBABILITY)) return MIN_TOLERANCE_PROBABILITY;
  if (p >= 1) return 1;
  const rounded = p >= 0.01 ? Math.round(p * 1000) / 1000 : Number(p.toPrecision(2));
  return Math.min(1, Math.max(MIN_TOLERANCE_PROBABILITY, rounded));
}

/**
 * A tolerance's chance one arrow key up (`direction` 1) or down (-1): steps of 0.5
 * percentage points above 1%, 0.1 from 0.1% to 1%, 0.01 below, on the grid of each band
 * (a dragged 1.2% goes down to 1%, then 0.9%), within [MIN_TOLERANCE_PROBABILITY, 1].
 *
 * @example
 * stepProbability(0.05, 1); // 0.055
 * stepProbability(0.01, -1); // 0.009
 * stepProbability(0.001, -1); // 0.0009
 * stepProbability(0.0001, -1); // 0.0001
 */
export function stepProbability(p: number, direction: 1 | -1): number {
  const at = Math.min(1, Math.max(MIN_TOLERANCE_PROBABILITY, Number.isFinite(p) ? p : MIN_TOLERANCE_PROBABILITY));
  if (direction > 0) {
    const band = BANDS.find((b) => at < b.high - EPSILON);
    if (!band) return 1;
    return tidy(Math.min(band.high, (Math.floor(at / band.step + EPSILON) + 1) * band.step));
  }
  const band = BANDS.find((b) => at > b.low + EPSILON && at <= b.high + EPSILON);
  if (!band) return MIN_TOLERANCE_PROBABILITY;
  return tidy(Math.max(band.low, (Math.ceil(at / band.step - EPSILON) - 1) * band.step));
}
