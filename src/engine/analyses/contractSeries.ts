import type { ContractColumns } from '../simulate/blockColumns.js';
import type { Model } from '../model/compileModel.js';

/**
 * Where each of a vendor's series sits among a block's: `seriesPerVendor(years)` of them,
 * vendor j's from `j x seriesPerVendor`: each year's net loss N_y (0 to years - 1), each
 * year's surprise Z_y = G_y - E[G_y | parameters] (years to 2 years - 1), then the
 * contract's total N and Z, their present values, and the conditional expected annual loss.
 */
export const SERIES = {
  net: (y: number) => y,
  surprise: (years: number, y: number) => years + y,
  totalNet: (years: number) => 2 * years,
  totalSurprise: (years: number) => 2 * years + 1,
  presentNet: (years: number) => 2 * years + 2,
  presentSurprise: (years: number) => 2 * years + 3,
  conditional: (years: number) => 2 * years + 4,
} as const;

/** The series of one vendor. */
export function seriesPerVendor(years: number): number {
  return 2 * years + 5;
}

const buffers = new WeakMap<Model, Float64Array>();

/**
 * A block's series, per vendor (see `SERIES`), dense over its trials: the views of one
 * buffer that the model's next block reuses (an analysis reads them, then keeps only its
 * partial). A trial with no breach in a year has N_y = 0 and Z_y = -E[G_y | parameters].
 *
 * @example
 * const series = contractSeries(model, columns.contract!, columns.expected, columns.trials);
 * series[SERIES.totalNet(years)]; // vendor 0's total net loss of each trial of the block
 */
export function contractSeries(model: Model, book: ContractColumns, expected: readonly Float64Array[], n: number): Float64Array[] {
  const contract = model.contract!;
  const { years } = contract;
  const perVendor = seriesPerVendor(years);
  const count = perVendor * model.vendors.length;
  let buffer = buffers.get(model);
  if (!buffer || buffer.length < count * n) {
    buffer = new Float64Array(count * n);
    buffers.set(model, buffer);
  }
  const series = Array.from({ length: count }, (_, s) => buffer.subarray(s * n, (s + 1) * n));
  for (let j = 0; j < model.vendors.length; j++) {
    const at = (offset: number) => series[j * perVendor + offset];
    const conditional = at(SERIES.conditional(years));
    conditional.set(expected[j].subarray(0, n));
    const [totalNet, totalSurprise, presentNet, presentSurprise] = [
      at(SERIES.totalNet(years)), at(SERIES.totalSurprise(years)), at(SERIES.presentNet(years)), at(SERIES.presentSurprise(years)),
    ];
    for (const s of [totalNet, totalSurprise, presentNet, presentSurprise]) s.fill(0);
    for (let y = 0; y < years; y++) {
      const net = at(SERIES.net(y));
      const surprise = at(SERIES.surprise(years, y));
      fillYear(net, surprise, conditional, contract.growth[y], book.trials[y][j], book.gross[y][j], book.net[y][j], n);
      addYear(totalNet, totalSurprise, presentNet, presentSurprise, net, surprise, contract.discount[y], n);
    }
  }
  return series;
}

/** One year's N and Z from the sparse columns. */
function fillYear(
  net: Float64Array, surprise: Float64Array, conditional: Float64Array, growth: number,
  trials: Int32Array, gross: Float64Array, netValues: Float64Array, n: number,
): void {
  net.fill(0);
  for (let t = 0; t < n; t++) surprise[t] = -(growth * conditional[t]);
  for (let k = 0; k < trials.length; k++) {
    const t = trials[k];
    net[t] = netValues[k];
    surprise[t] = gross[k] - growth * conditional[t];
  }
}

/** Adds a year to the totals, and its discounted values to the present values. */
function addYear(
  totalNet: Float64Array, totalSurprise: Float64Array, presentNet: Float64Array, presentSurprise: Float64Array,
  net: Float64Array, surprise: Float64Array, discount: number, n: number,
): void {
  for (let t = 0; t < n; t++) {
    const x = net[t];
    const z = surprise[t];
    totalNet[t] += x;
    totalSurprise[t] += z;
    presentNet[t] += discount * x;
    presentSurprise[t] += discount * z;
  }
}
