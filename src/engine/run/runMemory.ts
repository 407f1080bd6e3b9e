import { BLOCK_TRIALS } from '../version.js';
import { expm1 } from '../math/index.js';
import { MAX_RUN_BYTES } from '../scenario/limits.js';
import { ALL_PAIRS_UP_TO } from '../analyses/comparedPairs.js';
import { CONVERGENCE_POINTS } from '../analyses/convergence.js';
import { chunkTrialsOf } from '../simulate/simulateBlock.js';

/** What a run's memory depends on. */
export interface RunSize {
  trials: number;
  vendors: number;
  /** Amplifiers of the loss per breach. */
  amplifiers: number;
  /** Control effects in the catalogue. */
  effects: number;
  /** Mean breaches a year with no controls (the mean of lambda). */
  breachesPerYear: number;
  /** Workers simulating at once (each holds one block's buffers). */
  workers?: number;
  /** Years of the contract, when the scenario has contract terms (absent: no contract figures). */
  contractYears?: number;
  /** Numbers in a vendor's kernel record (vectors, the base factor, amplifiers; default 16). */
  recordLength?: number;
}

/**
 * The bytes a run needs, stated before it starts (an upper bound): the non-zero annual
 * losses the exact order statistics keep (8 bytes a year a vendor, at most the share
 * `1 - exp(-lambda)` of years with a breach, which bounds every vendor's share), one
 * vendor's of them again while its figures are finished, per worker one block's buffers
 * (a block is at most the run's trials: per vendor its expected losses, and its losses
 * with their trials for the share of years with a breach and 20 standard deviations; the
 * parameter columns; the kernel's records of a chunk of trials; the breaches' columns,
 * at twice the block's expected breaches and 20 standard deviations for their growth),
 * the small per-block partials (the pairs compared, the convergence points) and 16 MiB
 * for the code.
 *
 * @example
 * runMemory({ trials: 1_000_000, vendors: 5, amplifiers: 2, effects: 9, breachesPerYear: 0.5 }); // about 29 MB
 */
export function runMemory(size: RunSize): number {
  const { trials, vendors, amplifiers, effects, breachesPerYear } = size;
  const workers = size.workers ?? 4;
  const yearsWithBreach = Math.min(1, -expm1(-Math.max(0, breachesPerYear)));
  const kept = trials * vendors * yearsWithBreach * 8;
  const blockTrials = Math.max(1, Math.min(BLOCK_TRIALS, trials));
  const blockBreaches = blockTrials * breachesPerYear;
  const breachColumns = 2 * (blockBreaches + 20 * Math.sqrt(blockBreaches) + 1024) * (6 + 2 * amplifiers) * 8;
  const lossYears = Math.min(blockTrials, blockTrials * yearsWithBreach + 20 * Math.sqrt(blockTrials * yearsWithBreach) + 64);
  const records = Math.min(blockTrials, chunkTrialsOf(vendors, size.recordLength ?? 16)) * vendors * (size.recordLength ?? 16) * 8;
  const block = blockTrials * (vendors * 8 + (effects + 2) * 8) + lossYears * vendors * 12 + records + breachColumns;
  const pairs = Math.min(vendors * (vendors - 1) / 2, (ALL_PAIRS_UP_TO * (ALL_PAIRS_UP_TO - 1)) / 2 + vendors);
  const partials = pairs * 6 * 8 * 2 + vendors * 8 * 6 * CONVERGENCE_POINTS * 2;
  return Math.ceil(kept + kept / Math.max(1, vendors) + 1.5 * (workers * block + partials) + 16 * 1024 ** 2 + contractMemory(size, yearsWithBreach));
}

/**
 * What a contract adds (see `runMemory`): the non-zero totals of its net loss and the
 * largest breaches of year 1 that the exact order statistics keep (8 bytes each, at most
 * the share of contracts, and of years, with a breach), one vendor's of them again while
 * finished, and per worker a block's dense series (`2 x years + 5` a vendor) and its sparse
 * years (20 bytes a kept year, each year's share again).
 */
function contractMemory(size: RunSize, yearsWithBreach: number): number {
  const years = size.contractYears;
  if (years === undefined) return 0;
  const { trials, vendors } = size;
  const workers = size.workers ?? 4;
  const contractsWithBreach = Math.min(1, -expm1(-Math.max(0, size.breachesPerYear) * years));
  const kept = trials * vendors * 8 * (contractsWithBreach + yearsWithBreach);
  const block = BLOCK_TRIALS * vendors * ((2 * years + 5) * 8 + years * yearsWithBreach * 20 * 2);
  return kept + kept / Math.max(1, vendors) + 1.5 * workers * block;
}

/**
 * Why a run of that size is refused, or undefined: more than `MAX_RUN_BYTES`.
 *
 * @example
 * runMemoryProblem({ ...size, trials: 100_000_000, vendors: 100, breachesPerYear: 3 });
 * // 'needs about 80 GB of memory (trials x vendors x share of years with a breach x 8 bytes), more than the 2.1 GB a run may use: ...'
 */
export function runMemoryProblem(size: RunSize): string | undefined {
  const bytes = runMemory(size);
  if (bytes <= MAX_RUN_BYTES) return undefined;
  return `the run needs about ${gigabytes(bytes)} of memory for ${size.trials.toLocaleString('en-US')} trials of ` +
    `${size.vendors} vendor${size.vendors === 1 ? '' : 's'}, more than the ${gigabytes(MAX_RUN_BYTES)} a run may use: ` +
    'run fewer trials or compare fewer vendors at once';
}

function gigabytes(bytes: number): string {
  return `${(bytes / 1e9).toFixed(bytes < 1e10 ? 1 : 0)} GB`;
}
