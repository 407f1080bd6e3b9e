import { DISTRIBUTION_KIND_IDS, kindEntry, kindOf, Z95, type DistributionKind, type KindParam } from '../../engine/index.js';
import { clean } from './typedNumber.js';

/** The forms a scenario parameter can take in the editor: the engine's distribution kinds. */
export type KindId = DistributionKind;

/** One number of a distribution: its field in the JSON, its label on the page, what it measures. */
export type ParamInfo = KindParam;

export interface KindInfo {
  id: KindId;
  label: string;
  /** The parameters always shown (an optional one, PERT's `gamma`, only when set: `paramsOf`). */
  params: readonly ParamInfo[];
}

/**
 * Where each kind comes in the select: the plain number first, then the bounded kinds,
 * the lognormals, and the kinds of one quantity only. A record, so a new kind cannot be
 * left out.
 */
const EDITOR_RANK: Readonly<Record<KindId, number>> = {
  number: 0,
  uniform: 1,
  pert: 2,
  triangular: 3,
  'lognormal-mean': 4,
  'lognormal-median': 5,
  'lognormal-range': 6,
  beta: 7,
  poisson: 8,
};

/** The kinds an analyst can choose, in the order the select lists them, from `DISTRIBUTION_KINDS`. */
export const KINDS: readonly KindInfo[] = [...DISTRIBUTION_KIND_IDS]
  .sort((a, b) => EDITOR_RANK[a] - EDITOR_RANK[b])
  .map((id) => {
    const entry = kindEntry(id);
    return { id, label: entry.label, params: entry.params.filter((p) => !p.optional) };
  });

/**
 * The editor kind of a parameter's JSON (the engine's `kindOf`): a number, a raw typed
 * string or `{ value }` is `number`; a lognormal is told apart by the parameters it has;
 * undefined for anything else (an unknown `dist`), which the engine reports.
 * `kindOf({ dist: 'lognormal', low: 2e5, high: 2e7 }); // 'lognormal-range'`
 */
export { kindOf } from '../../engine/index.js';

/** The description of a kind. @example kindInfo('pert').params.length; // 3 */
export function kindInfo(kind: KindId): KindInfo {
  return KINDS.find((k) => k.id === kind)!;
}

/**
 * The parameters a value shows: those of its kind, plus an optional one (PERT's `gamma`)
 * when set.
 *
 * @example
 * paramsOf({ dist: 'pert', min: 0, mode: 1, max: 2, gamma: 6 }).map((p) => p.name); // ['min', 'mode', 'max', 'gamma']
 */
export function paramsOf(value: unknown): readonly ParamInfo[] {
  const kind = kindOf(value);
  if (!kind) return [];
  return kindEntry(kind).params.filter((p) => !p.optional || paramValue(value, p.name) !== undefined);
}

/** One option of the kind select: a kind, and whether it may be chosen. */
export interface KindOption {
  kind: KindInfo;
  /** True for a kind that does not suit the parameter, listed only because the value is one. */
  disabled: boolean;
}

/**
 * The options the kind select shows for a value: the kinds `offered` for its parameter
 * (`parameterRole(path).kinds`), in the order of `KINDS`, and the value's own kind,
 * disabled, when it is not one of them (a file that gives the loss per breach as a beta
 * still shows what it is, and can be changed to a kind that suits it).
 *
 * @example
 * kindsFor({ dist: 'beta', alpha: 2, beta: 3 }, ['number', 'lognormal-mean']).map((o) => [o.kind.id, o.disabled]);
 * // [['number', false], ['lognormal-mean', false], ['beta', true]]
 */
export function kindsFor(value: unknown, offered: readonly KindId[]): readonly KindOption[] {
  const current = kindOf(value);
  return KINDS
    .filter((k) => offered.includes(k.id) || k.id === current)
    .map((kind) => ({ kind, disabled: !offered.includes(kind.id) }));
}

/**
 * The value of one parameter: the number itself for a plain number, the field otherwise.
 *
 * @example
 * paramValue(0.39, 'value'); // 0.39
 * paramValue({ dist: 'pert', min: 0.5, mode: 0.8, max: 0.95 }, 'mode'); // 0.8
 */
export function paramValue(value: unknown, param: string): unknown {
  if (value !== null && typeof value === 'object') return (value as Record<string, unknown>)[param];
  return param === 'value' ? value : undefined;
}

/** The interval a parameter must stay in: `[0, 1]` for a fraction (see `parameterRole`). */
export type Bounds = readonly [number, number];

/** Mean, standard deviation and a central range of a distribution: what a conversion keeps. */
export interface Summary {
  mean: number;
  sd: number;
  /** Min and max when bounded, the 5th and 95th percentiles otherwise; equal for a number. */
  low: number;
  high: number;
}

/**
 * The mean, standard deviation and range of a parameter's JSON: the closed forms its kind
 * states in `DISTRIBUTION_KINDS` (PERT with its `gamma`, default 4). Undefined when a
 * parameter is not a finite number.
 *
 * @example
 * summarizeValue({ dist: 'uniform', min: 0, max: 1 }); // { mean: 0.5, sd: 0.2886…, low: 0, high: 1 }
 * summarizeValue({ value: 0.39 }); // { mean: 0.39, sd: 0, low: 0.39, high: 0.39 }
 */
export function summarizeValue(value: unknown): Summary | undefined {
  const kind = kindOf(value);
  if (!kind) return undefined;
  const entry = kindEntry(kind);
  const values: Record<string, number> = {};
  for (const param of entry.params) {
    const x = paramValue(value, param.name);
    if (param.optional && x === undefined) continue;
    values[param.name] = typeof x === 'number' && Number.isFinite(x) ? x : NaN;
  }
  const { sd, low, high } = entry.spread(values);
  const s: Summary = { mean: entry.mean(values), sd, low, high };
  return Object.values(s).every(Number.isFinite) ? s : undefined;
}

/**
 * Rounds a computed number to 4 significant digits, and leaves one of 7 or fewer (as a
 * person would type it, or a parameter carried over, up to binary noise) as it is.
 *
 * @example
 * tidy(0.7833333333333333); // 0.7833
 * tidy(4889755); // 4889755
 * tidy(4889755.000000001); // 4889755
 */
export function tidy(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const cleaned = clean(x);
  return Number(cleaned.toPrecision(7)) === cleaned ? cleaned : Number(x.toPrecision(4));
}

/**
 * A parameter's JSON converted to another kind, keeping its mean (exactly where the new
 * kind can hold it) and roughly its spread, staying within `bounds`, and keeping its
 * `source`. A number becomes a spread of ±50% around it; bounded kinds keep the range
 * (min and max, or a lognormal's 90% range) and move the mode to hold the mean (pulling
 * the far end in when the mode reaches an end); a uniform is centred on the mean; the
 * lognormals and beta match mean and standard deviation. A value whose parameters are
 * not all numbers keeps those of the same name, and the others are left empty for the
 * engine to report.
 *
 * @example
 * convertKind({ value: 0.39, source: 'Thales' }, 'pert', [0, 1]);
 * // { dist: 'pert', min: 0.195, mode: 0.39, max: 0.585, source: 'Thales' }
 * convertKind({ dist: 'pert', min: 0.5, mode: 0.8, max: 0.95 }, 'number', [0, 1]); // 0.775
 */
export function convertKind(value: unknown, kind: KindId, bounds: Bounds = [0, Infinity]): unknown {
  const source = sourcedOf(value);
  const withSource = (o: Record<string, unknown>): Record<string, unknown> => (source === undefined ? o : { ...o, source });
  if (kindOf(value) === kind) return value;
  const s = summarizeValue(value);
  if (!s) return keepByName(value, kind, withSource);

  const [lo, hi] = bounds;
  const clamp = (x: number) => Math.min(hi, Math.max(lo, x));
  const m = s.mean;
  let { low, high, sd } = s;
  if (sd === 0) {
    low = clamp(m - Math.abs(m) / 2);
    high = clamp(m + Math.abs(m) / 2);
    sd = Math.abs(m) / 4;
  }
  low = clamp(Math.min(low, m));
  high = clamp(Math.max(high, m));
  const sigma = Math.sqrt(Math.log1p((sd / m) ** 2));
  // A lognormal has no mean of 0 or below to keep: its parameters are left to be typed (the engine reports them empty).
  if (kindEntry(kind).family === 'lognormal' && !(m > 0)) {
    const dist: Record<string, unknown> = { dist: 'lognormal' };
    for (const param of kindInfo(kind).params) dist[param.name] = '';
    return withSource(dist);
  }

  switch (kind) {
    case 'number':
      return source === undefined ? tidy(m) : { value: tidy(m), source };
    case 'uniform': {
      const half = Math.min(m - low, high - m);
      return withSource({ dist: 'uniform', min: tidy(m - half), max: tidy(m + half) });
    }
    case 'triangular': {
      const [a, c, b] = holdMean(m, low, high, 1, bounds);
      return withSource({ dist: 'triangular', min: tidy(a), mode: tidy(c), max: tidy(b) });
    }
    case 'pert': {
      const [a, c, b] = holdMean(m, low, high, 4, bounds);
      return withSource({ dist: 'pert', min: tidy(a), mode: tidy(c), max: tidy(b) });
    }
    case 'lognormal-mean':
      return withSource({ dist: 'lognormal', mean: tidy(m), sigma: tidy(sigma) });
    case 'lognormal-median':
      return withSource({ dist: 'lognormal', median: tidy(m / Math.exp((sigma * sigma) / 2)), sigma: tidy(sigma) });
    case 'lognormal-range': {
      const median = m / Math.exp((sigma * sigma) / 2);
      return withSource({ dist: 'lognormal', low: tidy(median * Math.exp(-Z95 * sigma)), high: tidy(median * Math.exp(Z95 * sigma)) });
    }
    case 'beta': {
      const mean = within(m, 0.01, 0.99);
      const variance = Math.min(sd * sd, (mean * (1 - mean)) / 2) || (mean * (1 - mean)) / 5;
      const total = (mean * (1 - mean)) / variance - 1;
      return withSource({ dist: 'beta', alpha: tidy(mean * total), beta: tidy((1 - mean) * total) });
    }
    case 'poisson':
      return withSource({ dist: 'poisson', mean: tidy(m) });
    default:
      throw new RangeError(`convertKind: unknown kind ${kind satisfies never}`);
  }
}

/**
 * Min, mode and max of a triangular (weight 1) or PERT (weight 4) with mean `m` on the
 * range [low, high]: the mode solved from the mean, and when it would fall outside the
 * range, the mode at that end and the far end pulled in to hold the mean (within bounds).
 */
function holdMean(m: number, low: number, high: number, weight: number, bounds: Bounds): [number, number, number] {
  const n = weight + 2;
  const c = (n * m - low - high) / weight;
  if (c < low) return [low, low, within(n * m - (weight + 1) * low, bounds[0], bounds[1])];
  if (c > high) return [within(n * m - (weight + 1) * high, bounds[0], bounds[1]), high, high];
  return [low, c, high];
}

function within(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

function sourcedOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const source = (value as Record<string, unknown>).source;
  return typeof source === 'string' ? source : undefined;
}

/** The new kind with the parameters of the same name carried over and the others empty. */
function keepByName(value: unknown, kind: KindId, withSource: (o: Record<string, unknown>) => Record<string, unknown>): unknown {
  const params = kindInfo(kind).params;
  if (kind === 'number') {
    const v = paramValue(value, 'value') ?? firstParam(value) ?? '';
    return sourcedOf(value) === undefined ? v : withSource({ value: v });
  }
  const dist = kindEntry(kind).family;
  const out: Record<string, unknown> = { dist };
  for (const { name } of params) out[name] = paramValue(value, name) ?? '';
  return withSource(out);
}

function firstParam(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  return Object.entries(value).find(([k]) => k !== 'dist' && k !== 'source')?.[1];
}
