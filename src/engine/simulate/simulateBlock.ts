import { log1p } from '../math/index.js';
import { poisson, poissonQuantile, type Distribution } from '../distributions/index.js';
import { fillUniforms, streamKey } from '../random.js';
import { BLOCK_TRIALS } from '../version.js';
import type { Model } from '../model/compileModel.js';
import { uniformsOfBlock, type BlockColumns } from './blockColumns.js';
import { compileVendorKernel, recordLength, type KernelOutput, type VendorKernel } from './vendorKernel.js';
import { drawnEffects, fillParameter, FREQUENCY_ROLE } from './parameterDraws.js';
import { contractBook } from './contractBook.js';

/** Options of `simulateBlock`. */
export interface SimulateOptions {
  /**
   * Also keep every trial's annual loss and conditional expected loss per vendor (dense
   * arrays, 16 bytes a trial a vendor): for paired per-trial analyses and tests, not for big runs.
   */
  perTrial?: boolean;
}

/**
 * Trials whose vendor columns are computed at once, then read by their breaches: 1,024,
 * or fewer when the vendors' records of that many trials would pass `CHUNK_RECORD_BYTES`
 * (a chunk is meant to stay in cache; its size changes no number).
 */
const CHUNK_TRIALS = 1024;
const MIN_CHUNK_TRIALS = 64;
const CHUNK_RECORD_BYTES = 1024 * 1024;

/**
 * The trials of a chunk for a model: 1,024 for up to about 17 vendors of the default
 * catalogue, down to 64 so that the records stay within a megabyte.
 *
 * @example
 * chunkTrialsOf(5, 15);   // 1024
 * chunkTrialsOf(100, 15); // 87
 */
export function chunkTrialsOf(vendors: number, recordLength: number): number {
  const fit = Math.floor(CHUNK_RECORD_BYTES / (8 * Math.max(1, vendors * recordLength)));
  return Math.max(MIN_CHUNK_TRIALS, Math.min(CHUNK_TRIALS, fit));
}

/** The largest double below 1: an incidence drawn at 1 is read as this, so lambda stays finite. */
const ALMOST_ONE = 1 - 2 ** -53;

/**
 * Simulates block `block` of a run: trials `block x 10,000` up to the next block or the
 * end of the run, one simulated year each (one contract each when the model has a
 * contract: see below), for every vendor on the same events.
 *
 * Per trial: draw the uncertain parameters (the incidence or rate when it is a
 * distribution, and one reduction per control effect some vendor uses, each from its
 * own stream keyed by the control's id), draw the baseline breaches
 * `N ~ Poisson(lambda)`, and give each one a vector, a base loss, and an occurrence
 * and an amount for every amplifier. A breach of vector `v` survives a vendor when its
 * one survival uniform is below the vendor's `prod(1 - r x coverage)` on `v`; a surviving
 * breach costs `L x sum_k share_k m_k + sum_(a occurs) amount_a m_a`.
 *
 * With a contract, a trial is every year of one contract: the parameters are drawn once,
 * the breaches of each year from streams of their own (year 1's are those of a one-year
 * run, so its figures are the same to the last bit), every loss amount of year y times
 * `(1 + costTrend)^(y-1)`; `contractBook` applies the indemnity and the insurance to each
 * breach in the order they occur and keeps each year's gross and net loss.
 *
 * Every draw depends only on the seed, the block and the stream's role, never on the
 * vendors present or the thread running the block. The columns returned are views of
 * buffers the model's next block reuses: the analyses read them before the next call.
 *
 * @example
 * const columns = simulateBlock(compileModel(scenario), 0);
 * columns.trials; // 10000 (or the run's trials, if fewer)
 */
export function simulateBlock(model: Model, block: number, options: SimulateOptions = {}): BlockColumns {
  const first = block * BLOCK_TRIALS;
  const trials = Math.max(0, Math.min(BLOCK_TRIALS, model.trials - first));
  const vendorCount = model.vendors.length;
  const vectorCount = model.vectorNames.length;
  const amplifierCount = model.amplifierNames.length;
  const scratch = scratchFor(model);

  // The parameters of every trial, drawn a column at a time, each from its own stream:
  // the frequency when uncertain, and the reductions some vendor uses.
  const drawn = drawnEffects(model);
  for (const e of drawn) fillParameter(model, block, model.effects[e].streamRole, model.effects[e].reduction, scratch.reductions[e], trials);
  const drawnCount = drawn.length;
  const fixedLambda = model.frequencyFixed ? lambdaOf(model, model.frequency.mean) : Number.NaN;
  let lambdas: Float64Array | null = null;
  if (!model.frequencyFixed) {
    lambdas = scratch.lambdas;
    fillParameter(model, block, FREQUENCY_ROLE, model.frequency, lambdas, trials);
    for (let t = 0; t < trials; t++) lambdas[t] = lambdaOf(model, lambdas[t]);
  }
  const out = scratch.out;
  const records = out.records;
  const length = recordLength(model);
  const vendorStride = vendorCount * length;
  const breachYears = new Float64Array(vendorCount);
  const breaches = new Float64Array(vendorCount);
  const annual = new Float64Array(vendorCount);
  const counts = new Int32Array(vendorCount);
  const amplifierAmount = new Float64Array(amplifierCount);
  let lossBuffers = scratch.losses;
  let lossTrialBuffers = scratch.lossTrials;
  const lossCounts = new Int32Array(vendorCount);
  const perTrialLosses = options.perTrial ? model.vendors.map(() => new Float64Array(trials)) : null;
  let maxBaseline = 0;
  let yearOneBreaches = 0;

  // A trial is one contract: its parameters (above) are drawn once, its breaches every year.
  const contract = model.contract;
  const book = contract ? contractBook(model, contract, trials) : undefined;
  const years = contract?.years ?? 1;
  for (let y = 0; y < years; y++) {
    const { breachCounts, breachTotal, breach } = drawBreaches(model, block, y, scratch, trials, lambdas, fixedLambda);
    if (y === 0) {
      yearOneBreaches = breachTotal;
      // A vendor loses only in years with a breach: its loss columns need no more room than those.
      ({ losses: lossBuffers, lossTrials: lossTrialBuffers } = lossColumns(scratch, yearsWithBreach(breachCounts, trials)));
    }
    const { loss: lossDraws, survival: survivalDraws, amount: amountDraws, vectorIndex, baseline: baselineLosses } = breach;
    const growth = contract ? contract.growth[y] : 1;

    // Chunk by chunk, so that the vendors' columns are still in cache when the breaches read them.
    const chunk = scratch.chunkTrials;
    let next = 0;
    for (let t = 0, chunkEnd = 0, chunkStart = 0; t < trials; t++) {
      if (t === chunkEnd) {
        chunkStart = t;
        chunkEnd = Math.min(trials, t + chunk);
        scratch.kernel(scratch.reductions, lambdas, fixedLambda, t, chunkEnd, out);
      }
      const n = breachCounts[t];
      if (n === 0) continue;
      for (let j = 0; j < vendorCount; j++) {
        annual[j] = 0;
        counts[j] = 0;
      }
      if (book) book.startYear(y, t);
      let baseline = 0;
      for (const last = next + n; next < last; next++) {
        const vector = vectorIndex[next];
        const loss = lossDraws[next];
        const uSurvive = survivalDraws[next];
        for (let a = 0; a < amplifierCount; a++) amplifierAmount[a] = amountDraws[a][next];
        baseline += baselineLosses[next];
        for (let j = 0, o = (t - chunkStart) * vendorStride; j < vendorCount; j++, o += length) {
          if (uSurvive < records[o + vector]) {
            let eventLoss = loss * records[o + vectorCount];
            for (let a = 0; a < amplifierCount; a++) {
              if (amplifierAmount[a] !== 0) eventLoss += amplifierAmount[a] * records[o + vectorCount + 1 + a];
            }
            // The trend scales the year's amounts (exactly 1 in year 1).
            eventLoss *= growth;
            annual[j] += eventLoss;
            counts[j]++;
            if (book) book.breach(j, t, eventLoss);
          }
        }
      }
      if (book) book.endYear(y, t, annual, counts, baseline * growth);
      if (y > 0) continue;
      if (baseline > maxBaseline) maxBaseline = baseline;
      for (let j = 0; j < vendorCount; j++) {
        if (annual[j] > 0) {
          lossBuffers[j][lossCounts[j]] = annual[j];
          lossTrialBuffers[j][lossCounts[j]++] = t;
        }
        if (counts[j] > 0) breachYears[j]++;
        breaches[j] += counts[j];
        if (perTrialLosses) perTrialLosses[j][t] = annual[j];
      }
    }
  }

  const columns: BlockColumns = {
    block,
    trials,
    losses: lossBuffers.map((buffer, j) => buffer.subarray(0, lossCounts[j])),
    lossTrials: lossTrialBuffers.map((buffer, j) => buffer.subarray(0, lossCounts[j])),
    expected: out.expected.map((column) => column.subarray(0, trials)),
    breachYears,
    breaches,
    maxBaselineLoss: maxBaseline,
    baselineBreaches: yearOneBreaches,
    uniformDraws: trials * (1 + drawnCount + (lambdas === null ? 0 : 1)) + yearOneBreaches * (3 + 2 * amplifierCount),
    uniforms: uniformsOfBlock(model.seed, block, trials),
  };
  if (book) columns.contract = book.columns();
  if (perTrialLosses) columns.perTrial = { losses: perTrialLosses, expected: out.expected.map((c) => c.slice(0, trials)) };
  return columns;
}

/**
 * Draws year `y` (0-based) of a block's breaches: a count per trial, then every breach's
 * draws, a column per role over the block's breaches in trial order, each role on its own
 * stream (year 1's keys are those of a one-year run; later years append `:year<n>`), and
 * per breach its vector, its amplifier amounts (0 where one does not occur) and its loss
 * with no controls at all.
 */
function drawBreaches(model: Model, block: number, y: number, scratch: BlockScratch, trials: number, lambdas: Float64Array | null, fixedLambda: number) {
  const amplifierCount = model.amplifierNames.length;
  const { vectorCumulative, componentShares, amplifierProbabilities, amplifierAmounts, perBreach } = model;
  const key = (role: string) => streamKey(model.seed, block, y === 0 ? role : `${role}:year${y + 1}`);
  const breachCounts = scratch.breachCounts;
  fillUniforms(key('breaches'), breachCounts, trials);
  if (lambdas === null) applyQuantile(poisson(fixedLambda), breachCounts, trials);
  else for (let t = 0; t < trials; t++) breachCounts[t] = poissonQuantile(breachCounts[t], lambdas[t]);
  let breachTotal = 0;
  for (let t = 0; t < trials; t++) breachTotal += breachCounts[t];
  const breach = breachColumns(scratch, breachTotal, amplifierCount);
  const draw = (column: Float64Array, role: string) => fillUniforms(key(role), column, breachTotal);
  draw(breach.vector, 'breach:vector');
  draw(breach.loss, 'breach:loss');
  applyQuantile(perBreach, breach.loss, breachTotal);
  draw(breach.survival, 'breach:survival');
  for (let a = 0; a < amplifierCount; a++) {
    draw(breach.occurs[a], `amplifier:${model.amplifierNames[a]}:occurs`);
    draw(breach.amount[a], `amplifier:${model.amplifierNames[a]}:amount`);
    applyQuantile(amplifierAmounts[a], breach.amount[a], breachTotal);
  }

  let baselineFactor = 0;
  for (let c = 0; c < componentShares.length; c++) baselineFactor += componentShares[c];
  const { vector: vectorDraws, loss: lossDraws, occurs: occursDraws, amount: amountDraws, vectorIndex, baseline: baselineLosses } = breach;
  for (let i = 0; i < breachTotal; i++) {
    const u = vectorDraws[i];
    let vector = 0;
    while (u >= vectorCumulative[vector]) vector++;
    vectorIndex[i] = vector;
  }
  for (let a = 0; a < amplifierCount; a++) {
    const occurs = occursDraws[a];
    const amount = amountDraws[a];
    const probability = amplifierProbabilities[a];
    for (let i = 0; i < breachTotal; i++) if (!(occurs[i] < probability)) amount[i] = 0;
  }
  for (let i = 0; i < breachTotal; i++) {
    let amplified = 0;
    for (let a = 0; a < amplifierCount; a++) amplified += amountDraws[a][i];
    baselineLosses[i] = lossDraws[i] * baselineFactor + amplified;
  }
  return { breachCounts, breachTotal, breach };
}

/** Buffers reused by every block of a model (a worker simulates one block at a time). */
interface BlockScratch {
  kernel: VendorKernel;
  reductions: Float64Array[];
  lambdas: Float64Array;
  out: KernelOutput;
  losses: Float64Array[];
  lossTrials: Int32Array[];
  /** Trials per kernel call (`chunkTrialsOf`). */
  chunkTrials: number;
  breachCounts: Float64Array;
  breach?: BreachColumns;
}

const scratches = new WeakMap<Model, BlockScratch>();

function scratchFor(model: Model): BlockScratch {
  let scratch = scratches.get(model);
  if (!scratch) {
    // No buffer longer than the run: a run of a few trials needs no block's worth.
    const blockTrials = Math.max(1, Math.min(BLOCK_TRIALS, model.trials));
    const length = recordLength(model);
    const chunkTrials = chunkTrialsOf(model.vendors.length, length);
    scratch = {
      kernel: compileVendorKernel(model),
      reductions: model.effects.map(() => new Float64Array(blockTrials)),
      lambdas: new Float64Array(blockTrials),
      out: {
        records: new Float64Array(Math.min(chunkTrials, blockTrials) * model.vendors.length * length),
        expected: model.vendors.map(() => new Float64Array(blockTrials)),
      },
      losses: [],
      lossTrials: [],
      chunkTrials,
      breachCounts: new Float64Array(blockTrials),
    };
    scratches.set(model, scratch);
  }
  return scratch;
}

/** Trials of the first `trials` with at least one breach drawn. */
function yearsWithBreach(breachCounts: Float64Array, trials: number): number {
  let years = 0;
  for (let t = 0; t < trials; t++) if (breachCounts[t] > 0) years++;
  return years;
}

/**
 * Every vendor's loss columns with room for `years` losses, reused from block to block and
 * grown (with room for the spread between blocks) when a block has more years with a breach.
 */
function lossColumns(scratch: BlockScratch, years: number): { losses: Float64Array[]; lossTrials: Int32Array[] } {
  const vendors = scratch.out.expected.length;
  if (scratch.losses.length !== vendors || (vendors > 0 && scratch.losses[0].length < years)) {
    const capacity = Math.min(scratch.breachCounts.length, Math.ceil(years + 4 * Math.sqrt(years) + 64));
    scratch.losses = Array.from({ length: vendors }, () => new Float64Array(capacity));
    scratch.lossTrials = Array.from({ length: vendors }, () => new Int32Array(capacity));
  }
  return scratch;
}

/** Replaces the first `count` uniforms of `column` by the distribution's quantiles at them. */
function applyQuantile(distribution: Distribution, column: Float64Array, count: number): void {
  distribution.quantiles(column, count);
}

/** Per-breach draw columns, reused from block to block and grown when a block has more breaches. */
interface BreachColumns {
  vector: Float64Array;
  vectorIndex: Int32Array;
  baseline: Float64Array;
  loss: Float64Array;
  survival: Float64Array;
  occurs: Float64Array[];
  amount: Float64Array[];
}

function breachColumns(scratch: BlockScratch, count: number, amplifierCount: number): BreachColumns {
  if (!scratch.breach || scratch.breach.vector.length < count) {
    const capacity = Math.max(count, 2 * (scratch.breach?.vector.length ?? 0), 1024);
    scratch.breach = {
      vector: new Float64Array(capacity),
      vectorIndex: new Int32Array(capacity),
      baseline: new Float64Array(capacity),
      loss: new Float64Array(capacity),
      survival: new Float64Array(capacity),
      occurs: Array.from({ length: amplifierCount }, () => new Float64Array(capacity)),
      amount: Array.from({ length: amplifierCount }, () => new Float64Array(capacity)),
    };
  }
  return scratch.breach;
}

/** Breaches a year for an incidence or rate drawn for one trial. */
export function lambdaOf(model: Model, value: number): number {
  if (model.frequencyKind === 'rate') return value * model.channelShare;
  return -log1p(-Math.min(value, ALMOST_ONE)) * model.channelShare;
}
