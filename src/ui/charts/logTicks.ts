/**
 * Tick values for a log axis from `min` to `max` (0 < min < max), at most `maxCount` of
 * them: the 1-2-5 amounts if they fit, else 1-3, else the powers of ten, else every
 * second (third, ...) power of ten. A domain narrower than a 1-2-5 step may give fewer
 * than two ticks. O(decades).
 *
 * @example
 * logTicks(150_000, 2e8, 4); // [1e6, 1e7, 1e8]
 * logTicks(150_000, 2e8, 10); // [2e5, 5e5, 1e6, 2e6, 5e6, 1e7, 2e7, 5e7, 1e8, 2e8]
 */
export function logTicks(min: number, max: number, maxCount: number): number[] {
  if (!(min > 0) || !(max > min)) return [];
  const limit = Math.max(1, Math.floor(maxCount));
  const lo = Math.floor(Math.log10(min));
  const hi = Math.ceil(Math.log10(max));
  const within = (v: number) => v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9);
  for (const mults of [[1, 2, 5], [1, 3], [1]]) {
    const ticks: number[] = [];
    for (let d = lo; d <= hi; d++) for (const m of mults) if (within(m * 10 ** d)) ticks.push(m * 10 ** d);
    if (ticks.length <= limit) return ticks;
  }
  for (let stride = 2; ; stride++) {
    const ticks: number[] = [];
    for (let d = lo; d <= hi; d++) if (d % stride === 0 && within(10 ** d)) ticks.push(10 ** d);
    if (ticks.length <= limit) return ticks;
  }
}
