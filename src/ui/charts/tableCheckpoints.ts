/**
 * Up to `count` checkpoints (indices into `trials`) spread evenly on a log scale, the
 * first and the last always included: the rows of the chart's data table.
 *
 * @example
 * tableCheckpoints([1e4, 2e4, 3e4, 4e4, 5e4, 6e4, 7e4, 8e4, 9e4, 1e5], 3); // [0, 2, 9]
 */
export function tableCheckpoints(trials: readonly number[], count: number): number[] {
  const n = trials.length;
  if (n <= count) return trials.map((_, i) => i);
  const lo = Math.log(trials[0]);
  const hi = Math.log(trials[n - 1]);
  const picked = new Set<number>();
  for (let k = 0; k < count; k++) {
    const target = lo + ((hi - lo) * k) / (count - 1);
    let best = 0;
    for (let i = 1; i < n; i++) if (Math.abs(Math.log(trials[i]) - target) < Math.abs(Math.log(trials[best]) - target)) best = i;
    picked.add(best);
  }
  return [...picked].sort((a, b) => a - b);
}
