import { area, line, scaleLinear, type ScaleLinear } from 'd3';
import { Z_95, type ContractVendor } from '../../engine/index.js';

/** One year's point of a vendor: its expected cost and the 95% interval of that mean. */
export interface ContractYearPoint {
  year: number;
  x: number;
  y: number;
  mean: number;
  low: number;
  high: number;
}

/** One vendor's marks: its line through the years, its 95% band, and its points. */
export interface ContractYearsSeries {
  id: string;
  line: string;
  /** Empty for a one-year contract (a band needs two years; each point then has its own error bar). */
  band: string;
  points: ContractYearPoint[];
}

/** What the per-year chart draws, in pixels inside its margins. */
export interface ContractYearsPlot {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  years: number[];
  yTicks: number[];
  series: ContractYearsSeries[];
}

/**
 * The scales, ticks and paths of a chart of each vendor's expected cost in every year of
 * the contract, `width` x `height` pixels: the years 1..N evenly spaced with half a year of
 * room on each side (for a one-year contract, the vendors' points side by side, at most 40
 * px apart, across the middle half, in the order given); on a linear axis, the expected cost (price, premium, switching cost
 * and expected net loss) and its 95% interval, mean ± Z_95 x standard error. The axis spans
 * every interval, padded by 5% (at least 0.5% of the largest value, so that equal costs
 * still get an axis) and rounded to nice ticks; it does not start at zero, since the
 * vendors differ by a few percent of their cost. Cost: O(vendors x years).
 *
 * @example
 * const v = (id, a, b) => ({ id, years: [{ year: 1, cost: { mean: a, standardError: 0 } }, { year: 2, cost: { mean: b, standardError: 0 } }] });
 * const plot = contractYearsPaths([v('a', 100, 110), v('b', 105, 100)], 400, 200);
 * plot.x.domain(); // [0.5, 2.5]
 * plot.years; // [1, 2]
 * plot.y.domain(); // [98, 112]
 * plot.series[0].line; // 'M100,171.429L300,28.571'
 */
export function contractYearsPaths(
  vendors: readonly Pick<ContractVendor, 'id' | 'years'>[], width: number, height: number,
): ContractYearsPlot {
  const count = Math.max(1, ...vendors.map((v) => v.years.length));
  const years = Array.from({ length: count }, (_, i) => i + 1);
  const x = scaleLinear().domain([0.5, count + 0.5]).range([0, width]);

  const bounds = vendors.flatMap((v) => v.years.flatMap((y) => [y.cost.mean - Z_95 * y.cost.standardError, y.cost.mean + Z_95 * y.cost.standardError]));
  let lo = bounds.length ? Math.min(...bounds) : 0;
  let hi = bounds.length ? Math.max(...bounds) : 1;
  const pad = Math.max((hi - lo) * 0.05, Math.max(Math.abs(hi), Math.abs(lo)) * 0.005, 1e-9);
  lo -= pad;
  hi += pad;
  const y = scaleLinear().domain([lo, hi]).range([height, 0]).nice(height < 200 ? 4 : 5);

  // One year has no line to follow: its points stand side by side across the middle half, so that none hides another.
  const step = count === 1 && vendors.length > 1 ? Math.min(40, width / 2 / (vendors.length - 1)) : 0;
  const series = vendors.map((v, j) => {
    const shift = (j - (vendors.length - 1) / 2) * step;
    const points = v.years.map((c) => {
      const half = Z_95 * c.cost.standardError;
      return { year: c.year, x: x(c.year) + shift, y: y(c.cost.mean), mean: c.cost.mean, low: c.cost.mean - half, high: c.cost.mean + half };
    });
    return {
      id: v.id,
      line: line<ContractYearPoint>().x((p) => p.x).y((p) => p.y)(points) ?? '',
      band: points.length > 1 ? area<ContractYearPoint>().x((p) => p.x).y0((p) => y(p.low)).y1((p) => y(p.high))(points) ?? '' : '',
      points,
    };
  });

  return { x, y, years, yTicks: y.ticks(height < 200 ? 4 : 5), series };
}
