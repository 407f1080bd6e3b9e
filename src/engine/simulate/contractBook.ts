import type { CompiledContract } from '../model/compileContract.js';
import type { Model } from '../model/compileModel.js';
import { BLOCK_TRIALS } from '../version.js';
import type { ContractColumns } from './blockColumns.js';

/**
 * What `simulateBlock` tells a contract's book as it goes through a block: a trial's year
 * starts, a vendor keeps a breach, the year ends. The book applies the terms and keeps
 * the columns of `ContractColumns`.
 */
export interface ContractBook {
  /** Year `y` (0-based) of trial `t` starts, with breaches. */
  startYear(y: number, t: number): void;
  /** Vendor `j` keeps a breach of gross loss `loss` in trial `t`: the indemnity, then the insurance. */
  breach(j: number, t: number, loss: number): void;
  /**
   * Year `y` (0-based) of trial `t` ends, with each vendor's gross loss and surviving
   * breaches, and the year's loss with no controls: the insurance of a year's total, and
   * the year's row kept.
   */
  endYear(y: number, t: number, gross: Float64Array, breaches: Int32Array, baseline: number): void;
  /** The block's columns, once every year is through. */
  columns(): ContractColumns;
}

/**
 * The book of one block of a contract. Per event, in the order breaches occur: the
 * vendor reimburses `share x loss`, at most what is left of its cap this year and of its
 * cap over the contract; the insurance (per event) pays `(1 - coinsurance) x` the part of
 * what is left between `retention` and `retention + limit`, at most what is left of its
 * aggregate limit this year. With the insurance per year, it applies the same to the
 * year's total after the indemnity. What neither pays is the retailer's net loss: never
 * negative and never more than the gross (each payment is at most what it reduces).
 *
 * @example
 * const book = contractBook(model, model.contract!, 10_000); // then startYear / breach / endYear, then columns()
 */
export function contractBook(model: Model, contract: CompiledContract, trials: number): ContractBook {
  const vendors = model.vendors.length;
  const { years, indemnityShare, capPerYear, capPerContract, insurance } = contract;
  const state = stateFor(model, contract);
  const { net, yearCapLeft, aggregateLeft, largest, contractCapLeft, sparse, baselines } = state;
  baselines.fill(0, 0, trials);
  const indemnity = Array.from({ length: years }, () => new Float64Array(vendors));
  const insured = Array.from({ length: years }, () => new Float64Array(vendors));
  const kept = Array.from({ length: years }, () => new Int32Array(vendors));
  const anyContractCap = capPerContract.some((c) => c !== Infinity);
  if (anyContractCap) for (let t = 0; t < trials; t++) contractCapLeft.set(capPerContract, t * vendors);
  const perEvent = insurance?.perEvent === true;
  const perYear = insurance !== undefined && !insurance.perEvent;
  const retention = insurance?.retention ?? 0;
  const limit = insurance?.limit ?? 0;
  const keeps = 1 - (insurance?.coinsurance ?? 0);
  const aggregateLimit = insurance?.aggregateLimit ?? Infinity;
  let year = 0;

  /** The insurance's payment on `x` (after the indemnity), at most `left`. */
  const insurancePays = (x: number, left: number) => {
    let covered = x - retention;
    if (covered < 0) covered = 0;
    if (covered > limit) covered = limit;
    const pay = covered * keeps;
    return pay > left ? left : pay;
  };

  return {
    startYear(y) {
      year = y;
      for (let j = 0; j < vendors; j++) {
        net[j] = 0;
        yearCapLeft[j] = capPerYear[j];
        aggregateLeft[j] = aggregateLimit;
        largest[j] = 0;
      }
    },
    breach(j, t, loss) {
      if (loss > largest[j]) largest[j] = loss;
      let x = loss;
      const share = indemnityShare[j];
      if (share > 0) {
        let paid = share * x;
        if (paid > yearCapLeft[j]) paid = yearCapLeft[j];
        if (anyContractCap && paid > contractCapLeft[t * vendors + j]) paid = contractCapLeft[t * vendors + j];
        yearCapLeft[j] -= paid;
        if (anyContractCap) contractCapLeft[t * vendors + j] -= paid;
        indemnity[year][j] += paid;
        x -= paid;
      }
      if (perEvent) {
        const pay = insurancePays(x, aggregateLeft[j]);
        aggregateLeft[j] -= pay;
        insured[year][j] += pay;
        x -= pay;
      }
      net[j] += x;
    },
    endYear(y, t, gross, breaches, baseline) {
      baselines[t] += baseline;
      for (let j = 0; j < vendors; j++) {
        if (breaches[j] === 0) continue;
        let x = net[j];
        if (perYear) {
          const pay = insurancePays(x, aggregateLimit);
          insured[y][j] += pay;
          x -= pay;
        }
        const row = sparse[y][j];
        const k = kept[y][j]++;
        if (k === row.trials.length) grow(row);
        row.trials[k] = t;
        row.gross[k] = gross[j];
        row.net[k] = x;
        if (y === 0) row.largest[k] = largest[j];
      }
    },
    columns() {
      return {
        years,
        trials: sparse.map((rows, y) => rows.map((row, j) => row.trials.subarray(0, kept[y][j]))),
        gross: sparse.map((rows, y) => rows.map((row, j) => row.gross.subarray(0, kept[y][j]))),
        net: sparse.map((rows, y) => rows.map((row, j) => row.net.subarray(0, kept[y][j]))),
        largestBreach: sparse[0].map((row, j) => row.largest.subarray(0, kept[0][j])),
        indemnity,
        insurance: insured,
        maxBaselineLoss: baselines.subarray(0, trials).reduce((a, b) => (b > a ? b : a), 0),
      };
    },
  };
}

/** A vendor's kept years of one contract year: the trials with a breach, their gross and net loss (and, in year 1, their largest breach). */
interface SparseYear {
  trials: Int32Array;
  gross: Float64Array;
  net: Float64Array;
  largest: Float64Array;
}

/** The buffers every block of a model's contract reuses. */
interface BookState {
  net: Float64Array;
  yearCapLeft: Float64Array;
  aggregateLeft: Float64Array;
  largest: Float64Array;
  contractCapLeft: Float64Array;
  sparse: SparseYear[][];
  /** Per trial: the contract's loss with no controls so far (trend included). */
  baselines: Float64Array;
}

const states = new WeakMap<Model, BookState>();

function stateFor(model: Model, contract: CompiledContract): BookState {
  let state = states.get(model);
  if (!state) {
    const vendors = model.vendors.length;
    state = {
      net: new Float64Array(vendors),
      yearCapLeft: new Float64Array(vendors),
      aggregateLeft: new Float64Array(vendors),
      largest: new Float64Array(vendors),
      contractCapLeft: new Float64Array(contract.capPerContract.some((c) => c !== Infinity) ? BLOCK_TRIALS * vendors : 0),
      baselines: new Float64Array(BLOCK_TRIALS),
      sparse: Array.from({ length: contract.years }, (_, y) => model.vendors.map(() => sparseYear(1024, y === 0))),
    };
    states.set(model, state);
  }
  return state;
}

function sparseYear(capacity: number, withLargest: boolean): SparseYear {
  return {
    trials: new Int32Array(capacity),
    gross: new Float64Array(capacity),
    net: new Float64Array(capacity),
    largest: new Float64Array(withLargest ? capacity : 0),
  };
}

/** Doubles a row's capacity, keeping what it holds. */
function grow(row: SparseYear): void {
  const bigger = sparseYear(row.trials.length * 2, row.largest.length > 0);
  bigger.trials.set(row.trials);
  bigger.gross.set(row.gross);
  bigger.net.set(row.net);
  bigger.largest.set(row.largest);
  Object.assign(row, bigger);
}
