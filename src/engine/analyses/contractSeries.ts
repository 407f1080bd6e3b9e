import type { ContractColumns } from '../simulate/blockColumns.js';
import type { Model } from '../model/compileModel.js';

/**
 * A vendor's dense series over a block's trials, four a vendor (vendor j's from `4 x j`):
 * the contract's total net loss N and its surprise Z = G - E[G | parameters] (the gross
 * total minus its conditional expectation), and the same two with each year discounted.
 */
export const SERIES = { totalNet: 0, totalSurprise: 1, presentNet: 2, presentSurprise: 3 } as const;

/** The dense series of one vendor. */
export const SERIES_PER_VENDOR = 4;

/**
 * The sums of one year of one vendor over a block, from its sparse columns (a trial with
 * no breach that year has N = 0 and Z = -E[G | parameters]), six a vendor-year at
 * `(y x vendors + j) x 6`: sum N, sum N^2, sum N x (G - g C), sum G, sum G^2 and sum G x C
 * over the trials with a breach (C the conditional expected annual loss, g the year's
 * trend factor). With sum C and sum C^2 over every trial they give the year's control
 * variate exactly as the dense series would (see `yearMoments`).
 */
export const YEAR_SUMS = 6;

const buffers = new WeakMap<Model, Float64Array>();

/**
 * A block's dense series (see `SERIES`): views of one buffer that the model's next block
 * reuses (an analysis reads them, then keeps only its partial).
 *
 * @example
 * const series = contractSeries(model, columns.contract!, columns.expected, columns.trials);
 * series[4 * j + SERIES.totalNet]; // vendor j's total net loss of each trial of the block
 */
export function contractSeries(model: Model, book: ContractColumns, expected: readonly Float64Array[], n: number): Float64Array[] {
  const contract = model.contract!;
  const count = SERIES_PER_VENDOR * model.vendors.length;
  let buffer = buffers.get(model);
  if (!buffer || buffer.length < count * n) {
    buffer = new Float64Array(count * n);
    buffers.set(model, buffer);
  }
  const series = Array.from({ length: count }, (_, s) => buffer.subarray(s * n, (s + 1) * n));
  const { totalGrowth, presentGrowth } = contract;
  for (let j = 0; j < model.vendors.length; j++) {
    const [totalNet, totalGross, presentNet, presentGross] = series.slice(SERIES_PER_VENDOR * j, SERIES_PER_VENDOR * (j + 1));
    for (const s of [totalNet, totalGross, presentNet, presentGross]) s.fill(0);
    for (let y = 0; y < contract.years; y++) {
      addYear(totalNet, totalGross, presentNet, presentGross, book.trials[y][j], book.net[y][j], book.gross[y][j], contract.discount[y]);
    }
    // The gross totals become their surprises, in place.
    surprise(totalGross, expected[j], totalGrowth, n);
    surprise(presentGross, expected[j], presentGrowth, n);
  }
  return series;
}

/** Adds a year's sparse net and gross losses to the totals, and discounted to the present values. */
function addYear(
  totalNet: Float64Array, totalGross: Float64Array, presentNet: Float64Array, presentGross: Float64Array,
  trials: Int32Array, net: Float64Array, gross: Float64Array, discount: number,
): void {
  for (let k = 0; k < trials.length; k++) {
    const t = trials[k];
    totalNet[t] += net[k];
    totalGross[t] += gross[k];
    presentNet[t] += discount * net[k];
    presentGross[t] += discount * gross[k];
  }
}

function surprise(gross: Float64Array, conditional: Float64Array, factor: number, n: number): void {
  for (let t = 0; t < n; t++) gross[t] -= factor * conditional[t];
}

/**
 * A block's sums of each year of each vendor (`YEAR_SUMS` each), then per vendor sum C and
 * sum C^2 over every trial, in one array (a partial merged by adding).
 *
 * @example
 * yearSums(model, columns.contract!, columns.expected, columns.trials).length; // (years x vendors) x 6 + vendors x 2
 */
export function yearSums(model: Model, book: ContractColumns, expected: readonly Float64Array[], n: number): Float64Array {
  const contract = model.contract!;
  const vendors = model.vendors.length;
  const sums = new Float64Array(contract.years * vendors * YEAR_SUMS + 2 * vendors);
  const at = contract.years * vendors * YEAR_SUMS;
  for (let j = 0; j < vendors; j++) {
    const c = expected[j];
    let sum = 0;
    let squares = 0;
    for (let t = 0; t < n; t++) {
      sum += c[t];
      squares += c[t] * c[t];
    }
    sums[at + 2 * j] = sum;
    sums[at + 2 * j + 1] = squares;
    for (let y = 0; y < contract.years; y++) {
      const g = contract.growth[y];
      const trials = book.trials[y][j];
      const net = book.net[y][j];
      const gross = book.gross[y][j];
      let sn = 0, snn = 0, snz = 0, sg = 0, sgg = 0, sgc = 0;
      for (let k = 0; k < trials.length; k++) {
        const x = net[k];
        const G = gross[k];
        const C = c[trials[k]];
        sn += x;
        snn += x * x;
        snz += x * (G - g * C);
        sg += G;
        sgg += G * G;
        sgc += G * C;
      }
      sums.set([sn, snn, snz, sg, sgg, sgc], (y * vendors + j) * YEAR_SUMS);
    }
  }
  return sums;
}

/**
 * Year y's net-loss and surprise moments of vendor j from the run's `yearSums` over `n`
 * trials: the means of N and Z and their centred sums of squares and cross-products,
 * `S_NN = sum N^2 - n N^2`, `S_NZ = sum N Z - n N Z`,
 * `S_ZZ = sum G^2 - 2 g sum G C + g^2 sum C^2 - n Z^2` (Z = G - g C, N zero where G is).
 *
 * @example
 * yearMoments(sums, 0, 1, vendors, years, 1.02, 100_000); // { net, surprise, nn, nz, zz }
 */
export function yearMoments(sums: Float64Array, y: number, j: number, vendors: number, years: number, growth: number, n: number) {
  const at = (y * vendors + j) * YEAR_SUMS;
  const [sn, snn, snz, sg, sgg, sgc] = sums.subarray(at, at + YEAR_SUMS);
  const c = years * vendors * YEAR_SUMS + 2 * j;
  const [sc, scc] = [sums[c], sums[c + 1]];
  const net = sn / n;
  const surprise = (sg - growth * sc) / n;
  return {
    net,
    surprise,
    nn: Math.max(0, snn - n * net * net),
    nz: snz - n * net * surprise,
    zz: Math.max(0, sgg - 2 * growth * sgc + growth * growth * scc - n * surprise * surprise),
  };
}
