import { exp } from '../math/exp.js';
import { expm1 } from '../math/expm1.js';
import { log } from '../math/log.js';
import { MAX_AMOUNT, MAX_LOG_SIGMA } from '../scenario/limits.js';
import { beta } from './beta.js';
import { constant } from './constant.js';
import type { Distribution, DistributionFamily } from './distribution.js';
import { lognormalFromMean, lognormalFromMedian, lognormalFromRange, Z95 } from './lognormal.js';
import { pert } from './pert.js';
import { poisson } from './poisson.js';
import { triangular } from './triangular.js';
import { uniform } from './uniform.js';

/**
 * The forms a scenario parameter can take: a number, or one of the distributions, the
 * lognormal in each of its three parameterisations. The keys of `DISTRIBUTION_KINDS`.
 */
export type DistributionKind =
  | 'number'
  | 'uniform'
  | 'triangular'
  | 'pert'
  | 'lognormal-mean'
  | 'lognormal-median'
  | 'lognormal-range'
  | 'beta'
  | 'poisson';

/**
 * The classes of quantity a kind can describe: an amount of money, a fraction in [0, 1]
 * (a share, a chance, a reduction) or a rate (events a year).
 */
export type Quantity = 'money' | 'fraction' | 'rate';

/** The interval a parameter must lie in: [min, max], or (min, max] when `exclusiveMin`. */
export interface ParamBounds {
  readonly min: number;
  readonly exclusiveMin?: boolean;
  readonly max: number;
}

/** One number of a kind: its field in the JSON, its label on the page, its bounds. */
export interface KindParam {
  readonly name: string;
  readonly label: string;
  /**
   * `value`: in the units of the quantity described (money, a fraction, a count), so it
   * moves with them (a currency shown beside it, a change of scale); `shape`: a pure
   * number (a sigma of the log, a beta shape, PERT's weight).
   */
  readonly measures: 'value' | 'shape';
  readonly bounds: ParamBounds;
  /** True for a parameter that may be left out (PERT's `gamma`, 4 when absent). */
  readonly optional?: boolean;
  /** What the JSON Schema says of the field, when it says anything. */
  readonly description?: string;
}

/** The parameters of a kind, by name: numbers for the required ones, the optional ones maybe absent. */
export type ParamValues<P extends readonly KindParam[]> = {
  [X in P[number] as X extends { optional: true } ? never : X['name']]: number;
} & {
  [X in P[number] as X extends { optional: true } ? X['name'] : never]?: number;
};

/**
 * How spread out a kind is: its standard deviation and a central range, the support's
 * ends when it is bounded, the 5th and 95th percentiles otherwise (for a Poisson, those of
 * the normal with its mean and variance); `low == high` for a number.
 */
export interface Spread {
  readonly sd: number;
  readonly low: number;
  readonly high: number;
}

/** Everything the engine, the validator and the editor know about one kind. */
export interface KindEntry<P extends readonly KindParam[] = readonly KindParam[], F extends DistributionFamily = DistributionFamily> {
  /** The kind's name in the editor's select. */
  readonly label: string;
  /** The `kind` of the Distribution it builds, and the `dist` tag of its JSON object. */
  readonly family: F;
  /** True for the kind a scenario writes as a plain number or `{ value, source }` (never tagged). */
  readonly plain?: boolean;
  /** What the JSON Schema says of its object (kinds of one family share it). */
  readonly description: string;
  /** Its parameters, in the order of the JSON and of the editor. */
  readonly params: P;
  /** The quantities the editor offers it for. */
  readonly suits: readonly Quantity[];
  /** The Distribution, from the factory (which checks the parameters and throws a RangeError naming the bad one). */
  build(p: ParamValues<P>): Distribution;
  /** The exact mean in closed form; never throws (NaN or infinite for impossible parameters). */
  mean(p: ParamValues<P>): number;
  /** Its spread in closed form; never throws. */
  spread(p: ParamValues<P>): Spread;
}

/** Any finite amount (a min, a mode, a max, a number). */
const FINITE: ParamBounds = { min: -MAX_AMOUNT, max: MAX_AMOUNT };
/** A positive amount (a lognormal's mean, median or percentiles, a beta shape, PERT's weight). */
const POSITIVE: ParamBounds = { min: 0, exclusiveMin: true, max: MAX_AMOUNT };
/** A count's mean. */
const NON_NEGATIVE: ParamBounds = { min: 0, max: MAX_AMOUNT };

const VALUE = { name: 'value', label: 'Value', measures: 'value', bounds: FINITE } as const;
const MIN = { name: 'min', label: 'Min', measures: 'value', bounds: FINITE } as const;
const MODE = { name: 'mode', label: 'Most likely', measures: 'value', bounds: FINITE } as const;
const MAX = { name: 'max', label: 'Max', measures: 'value', bounds: FINITE } as const;
const SIGMA = {
  name: 'sigma', label: 'σ of log', measures: 'shape',
  bounds: { min: 0, exclusiveMin: true, max: MAX_LOG_SIGMA },
  description: 'Standard deviation of the log.',
} as const;
const LOGNORMAL = 'Lognormal from {mean, sigma}, {median, sigma} or {low, high} (the 90% range).';

/** Defines one kind, keeping the names of its parameters in its type. */
function defineKind<const P extends readonly KindParam[], const F extends DistributionFamily>(entry: KindEntry<P, F>): KindEntry<P, F> {
  return entry;
}

/** A lognormal's spread from its log's mean and sigma: sd mean sqrt(e^(sigma^2) - 1), the 90% range exp(mu ± Z95 sigma). */
function lognormalSpread(mu: number, sigma: number, mean: number): Spread {
  return { sd: mean * Math.sqrt(expm1(sigma * sigma)), low: exp(mu - Z95 * sigma), high: exp(mu + Z95 * sigma) };
}

/** mu and sigma of the lognormal whose 5th and 95th percentiles are low and high. */
function rangeLog(low: number, high: number): { mu: number; sigma: number } {
  const lnLow = log(low);
  const lnHigh = log(high);
  return { mu: (lnLow + lnHigh) / 2, sigma: (lnHigh - lnLow) / (2 * Z95) };
}

/** The standard deviation of Beta(alpha, beta). */
function betaSd(alpha: number, beta: number): number {
  return Math.sqrt((alpha * beta) / ((alpha + beta) ** 2 * (alpha + beta + 1)));
}

/**
 * The distribution kinds, one entry each, in the order of the scenario format (its JSON
 * Schema lists the tagged objects so): how a kind is written (`family`, `params` with
 * labels and bounds), what it suits, how it is built, its mean and its spread. The
 * validator's schema, the engine's `fromSpec` and the editor all read it.
 *
 * @example
 * DISTRIBUTION_KINDS.pert.mean({ min: 0, mode: 0.5, max: 1 }); // 0.5
 * DISTRIBUTION_KINDS['lognormal-range'].params.map((p) => p.name); // ['low', 'high']
 * DISTRIBUTION_KINDS.beta.suits; // ['fraction']
 */
export const DISTRIBUTION_KINDS = {
  number: defineKind({
    label: 'Number',
    family: 'constant',
    plain: true,
    description: 'A number, written plainly or as { value, source }.',
    params: [VALUE],
    suits: ['money', 'fraction', 'rate'],
    build: (p) => constant(p.value),
    mean: (p) => p.value,
    spread: (p) => ({ sd: 0, low: p.value, high: p.value }),
  }),
  uniform: defineKind({
    label: 'Range (uniform)',
    family: 'uniform',
    description: 'Uniform between min and max.',
    params: [MIN, MAX],
    suits: ['money', 'fraction', 'rate'],
    build: (p) => uniform(p.min, p.max),
    mean: (p) => (p.min + p.max) / 2,
    spread: (p) => ({ sd: (p.max - p.min) / Math.sqrt(12), low: p.min, high: p.max }),
  }),
  triangular: defineKind({
    label: 'Triangular',
    family: 'triangular',
    description: 'Triangular with the given min, mode and max.',
    params: [MIN, MODE, MAX],
    suits: ['money', 'fraction', 'rate'],
    build: (p) => triangular(p.min, p.mode, p.max),
    mean: (p) => (p.min + p.mode + p.max) / 3,
    spread: ({ min: a, mode: c, max: b }) => {
      const variance = (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
      return { sd: Math.sqrt(Math.max(variance, 0)), low: a, high: b };
    },
  }),
  pert: defineKind({
    label: 'PERT',
    family: 'pert',
    description: 'PERT (a beta scaled to [min, max]) from min, most likely and max.',
    params: [
      MIN, MODE, MAX,
      { name: 'gamma', label: 'γ (weight of mode)', measures: 'shape', bounds: POSITIVE, optional: true, description: 'Weight of the mode; 4 for the standard PERT.' },
    ],
    suits: ['money', 'fraction', 'rate'],
    build: (p) => (p.gamma === undefined ? pert(p.min, p.mode, p.max) : pert(p.min, p.mode, p.max, p.gamma)),
    mean: (p) => {
      const g = p.gamma ?? 4;
      return (p.min + g * p.mode + p.max) / (g + 2);
    },
    spread: ({ min: a, mode: c, max: b, gamma }) => {
      const g = gamma ?? 4;
      const sd = b > a ? (b - a) * betaSd(1 + (g * (c - a)) / (b - a), 1 + (g * (b - c)) / (b - a)) : 0;
      return { sd, low: a, high: b };
    },
  }),
  'lognormal-mean': defineKind({
    label: 'Lognormal (mean, σ)',
    family: 'lognormal',
    description: LOGNORMAL,
    params: [{ name: 'mean', label: 'Mean', measures: 'value', bounds: POSITIVE }, SIGMA],
    suits: ['money', 'rate'],
    build: (p) => lognormalFromMean(p.mean, p.sigma),
    mean: (p) => p.mean,
    spread: (p) => lognormalSpread(log(p.mean) - (p.sigma * p.sigma) / 2, p.sigma, p.mean),
  }),
  'lognormal-median': defineKind({
    label: 'Lognormal (median, σ)',
    family: 'lognormal',
    description: LOGNORMAL,
    params: [{ name: 'median', label: 'Median', measures: 'value', bounds: POSITIVE }, SIGMA],
    suits: ['money', 'rate'],
    build: (p) => lognormalFromMedian(p.median, p.sigma),
    mean: (p) => p.median * exp((p.sigma * p.sigma) / 2),
    spread: (p) => lognormalSpread(log(p.median), p.sigma, p.median * exp((p.sigma * p.sigma) / 2)),
  }),
  'lognormal-range': defineKind({
    label: 'Lognormal (90% range)',
    family: 'lognormal',
    description: LOGNORMAL,
    params: [
      { name: 'low', label: '5th percentile', measures: 'value', bounds: POSITIVE, description: '5th percentile (with high: a 90% range).' },
      { name: 'high', label: '95th percentile', measures: 'value', bounds: POSITIVE, description: '95th percentile (with low: a 90% range).' },
    ],
    suits: ['money', 'rate'],
    build: (p) => lognormalFromRange(p.low, p.high),
    mean: (p) => {
      const { mu, sigma } = rangeLog(p.low, p.high);
      return exp(mu + (sigma * sigma) / 2);
    },
    spread: (p) => {
      const { mu, sigma } = rangeLog(p.low, p.high);
      return lognormalSpread(mu, sigma, exp(mu + (sigma * sigma) / 2));
    },
  }),
  beta: defineKind({
    label: 'Beta',
    family: 'beta',
    description: 'Beta on [0, 1].',
    params: [
      { name: 'alpha', label: 'α', measures: 'shape', bounds: POSITIVE },
      { name: 'beta', label: 'β', measures: 'shape', bounds: POSITIVE },
    ],
    suits: ['fraction'],
    build: (p) => beta(p.alpha, p.beta),
    mean: (p) => p.alpha / (p.alpha + p.beta),
    spread: (p) => ({ sd: betaSd(p.alpha, p.beta), low: 0, high: 1 }),
  }),
  poisson: defineKind({
    label: 'Poisson (mean)',
    family: 'poisson',
    description: 'Poisson with the given mean.',
    params: [{ name: 'mean', label: 'Mean', measures: 'value', bounds: NON_NEGATIVE }],
    suits: ['rate'],
    build: (p) => poisson(p.mean),
    mean: (p) => p.mean,
    spread: (p) => {
      const sd = Math.sqrt(p.mean);
      return { sd, low: Math.max(0, p.mean - Z95 * sd), high: p.mean + Z95 * sd };
    },
  }),
} as const satisfies { readonly [K in DistributionKind]: KindEntry };

/** Every kind, in the registry's order. @example DISTRIBUTION_KIND_IDS[0]; // 'number' */
export const DISTRIBUTION_KIND_IDS = Object.keys(DISTRIBUTION_KINDS) as readonly DistributionKind[];

/**
 * The entry of a kind, with its parameters typed by name only (for code that handles
 * every kind alike).
 *
 * @example
 * kindEntry('beta').mean({ alpha: 2, beta: 6 }); // 0.25
 */
export function kindEntry(kind: DistributionKind): KindEntry {
  return DISTRIBUTION_KINDS[kind];
}

/**
 * The kinds of a family (those that build a Distribution of that `kind`), in the
 * registry's order: one for most, the lognormal's three forms, none for an unknown name.
 *
 * @example
 * kindsOfFamily('lognormal'); // ['lognormal-mean', 'lognormal-median', 'lognormal-range']
 * kindsOfFamily('cauchy'); // []
 */
export function kindsOfFamily(family: unknown): readonly DistributionKind[] {
  return DISTRIBUTION_KIND_IDS.filter((kind) => DISTRIBUTION_KINDS[kind].family === family);
}

/**
 * The parameters that tell a kind apart from the other forms of its family: those no
 * other form has (`sigma` is shared by two lognormals, so only `mean` marks the first).
 *
 * @example
 * ownParams('lognormal-mean'); // ['mean']
 * ownParams('pert'); // ['min', 'mode', 'max', 'gamma']
 */
export function ownParams(kind: DistributionKind): readonly string[] {
  const others = kindsOfFamily(DISTRIBUTION_KINDS[kind].family).filter((k) => k !== kind);
  const taken = new Set(others.flatMap((k) => kindEntry(k).params.map((p) => p.name)));
  return kindEntry(kind).params.map((p) => p.name).filter((name) => !taken.has(name));
}

/** One kind's JSON object: its `dist` tag, its parameters, maybe a source. */
type FormInput<E> = E extends KindEntry<infer P, infer F> ? { dist: F; source?: string } & ParamValues<P> : never;

type Entries = typeof DISTRIBUTION_KINDS;
type Entry = Entries[DistributionKind];
type TaggedEntry = Exclude<Entry, { plain: true }>;
type RequiredNames<E> = E extends KindEntry<infer P, DistributionFamily> ? Exclude<P[number], { optional: true }>['name'] : never;
type AllNames<E> = E extends KindEntry<infer P, DistributionFamily> ? P[number]['name'] : never;
/** The names required by every one of the entries E (an intersection over the union). */
type CommonRequired<E> = (E extends unknown ? (x: RequiredNames<E>) => void : never) extends (x: infer I) => void ? I : never;
type Flat<T> = { [K in keyof T]: T[K] };
type FamilyInput<F extends DistributionFamily, E = Extract<TaggedEntry, { family: F }>> = Flat<
  { dist: F; source?: string } &
  { [N in CommonRequired<E> & string]: number } &
  { [N in Exclude<AllNames<E>, CommonRequired<E>>]?: number }
>;

/**
 * A distribution as written in a scenario's JSON: a plain number (a constant) or an
 * object tagged by `dist`, each form with exactly its parameters. Any may carry a
 * `source` string (a citation), which does not affect the distribution.
 */
export type DistributionSpec = number | { [K in DistributionKind]: Flat<FormInput<Entries[K]>> }[DistributionKind];

/**
 * A distribution parameter as the scenario format accepts it structurally: a number,
 * `{ value, source }`, or a tagged object per family whose parameters are those every
 * form of the family needs, and the others optional (which lognormal form it is, the
 * validator's cross-field rules decide).
 */
export type DistributionInput =
  | number
  | { value: number; source?: string }
  | { [F in TaggedEntry['family']]: FamilyInput<F> }[TaggedEntry['family']];
