import type { JsonPath } from './pathAccess.js';
import { clean } from './typedNumber.js';

/** The forms a scenario parameter can take in the editor. */
export type KindId =
  | 'number'
  | 'uniform'
  | 'pert'
  | 'triangular'
  | 'lognormal-mean'
  | 'lognormal-median'
  | 'lognormal-range'
  | 'beta'
  | 'poisson';

/** One number of a distribution: its field in the JSON and its label on the page. */
export interface ParamInfo {
  name: string;
  label: string;
}

export interface KindInfo {
  id: KindId;
  label: string;
  params: readonly ParamInfo[];
}

/** The kinds an analyst can choose, in the order the select lists them. */
export const KINDS: readonly KindInfo[] = [
  { id: 'number', label: 'Number', params: [{ name: 'value', label: 'Value' }] },
  { id: 'uniform', label: 'Range (uniform)', params: [{ name: 'min', label: 'Min' }, { name: 'max', label: 'Max' }] },
  { id: 'pert', label: 'PERT', params: [{ name: 'min', label: 'Min' }, { name: 'mode', label: 'Most likely' }, { name: 'max', label: 'Max' }] },
  { id: 'triangular', label: 'Triangular', params: [{ name: 'min', label: 'Min' }, { name: 'mode', label: 'Most likely' }, { name: 'max', label: 'Max' }] },
  { id: 'lognormal-mean', label: 'Lognormal (mean, σ)', params: [{ name: 'mean', label: 'Mean' }, { name: 'sigma', label: 'σ of log' }] },
  { id: 'lognormal-median', label: 'Lognormal (median, σ)', params: [{ name: 'median', label: 'Median' }, { name: 'sigma', label: 'σ of log' }] },
  { id: 'lognormal-range', label: 'Lognormal (90% range)', params: [{ name: 'low', label: '5th percentile' }, { name: 'high', label: '95th percentile' }] },
  { id: 'beta', label: 'Beta', params: [{ name: 'alpha', label: 'α' }, { name: 'beta', label: 'β' }] },
];

/** Poisson, offered for a rate only (`parameterRole`). */
const POISSON: KindInfo = { id: 'poisson', label: 'Poisson (mean)', params: [{ name: 'mean', label: 'Mean' }] };
const GAMMA: ParamInfo = { name: 'gamma', label: 'γ (weight of mode)' };

/** Phi^-1(0.95): a lognormal's 90% range is exp(mu ± Z95 sigma). */
const Z95 = 1.6448536269514722;

/**
 * The editor kind of a parameter's JSON: a number, a raw typed string or `{ value }` is
 * `number`; a lognormal is told apart by the parameters it has. Undefined for anything
 * else (an unknown `dist`), which the engine reports.
 *
 * @example
 * kindOf({ value: 0.39, source: 'Thales' }); // 'number'
 * kindOf({ dist: 'lognormal', low: 2e5, high: 2e7 }); // 'lognormal-range'
 */
export function kindOf(value: unknown): KindId | undefined {
  if (typeof value === 'number' || typeof value === 'string') return 'number';
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  if (!('dist' in record)) return 'value' in record ? 'number' : undefined;
  switch (record.dist) {
    case 'uniform': case 'pert': case 'triangular': case 'beta': case 'poisson':
      return record.dist;
    case 'lognormal':
      if (record.low !== undefined || record.high !== undefined) return 'lognormal-range';
      return record.median !== undefined ? 'lognormal-median' : 'lognormal-mean';
    default:
      return undefined;
  }
}

/** The description of a kind. @example kindInfo('pert').params.length; // 3 */
export function kindInfo(kind: KindId): KindInfo {
  return kind === 'poisson' ? POISSON : KINDS.find((k) => k.id === kind)!;
}

/**
 * The parameters a value shows: those of its kind, plus PERT's optional `gamma` when set.
 *
 * @example
 * paramsOf({ dist: 'pert', min: 0, mode: 1, max: 2, gamma: 6 }).map((p) => p.name); // ['min', 'mode', 'max', 'gamma']
 */
export function paramsOf(value: unknown): readonly ParamInfo[] {
  const kind = kindOf(value);
  if (!kind) return [];
  const params = kindInfo(kind).params;
  const gamma = kind === 'pert' && (value as Record<string, unknown>).gamma !== undefined;
  return gamma ? [...params, GAMMA] : params;
}

/** One option of the kind select: a kind, and whether it may be chosen. */
export interface KindOption {
  kind: KindInfo;
  /** True for a kind that does not suit the parameter, listed only because the value is one. */
  disabled: boolean;
}

/**
 * The options the kind select shows for a value: the kinds `offered` for its parameter
 * (`parameterRole(path).kinds`), in the order of `KINDS` (Poisson last), and the value's
 * own kind, disabled, when it is not one of them (a file that gives the loss per breach
 * as a beta still shows what it is, and can be changed to a kind that suits it).
 *
 * @example
 * kindsFor({ dist: 'beta', alpha: 2, beta: 3 }, ['number', 'lognormal-mean']).map((o) => [o.kind.id, o.disabled]);
 * // [['number', false], ['lognormal-mean', false], ['beta', true]]
 */
export function kindsFor(value: unknown, offered: readonly KindId[]): readonly KindOption[] {
  const current = kindOf(value);
  return [...KINDS, POISSON]
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
 * The mean, standard deviation and range of a parameter's JSON, by closed forms
 * (PERT with its `gamma`, default 4). Undefined when a parameter is not a finite number.
 *
 * @example
 * summarizeValue({ dist: 'uniform', min: 0, max: 1 }); // { mean: 0.5, sd: 0.2886…, low: 0, high: 1 }
 * summarizeValue({ value: 0.39 }); // { mean: 0.39, sd: 0, low: 0.39, high: 0.39 }
 */
export function summarizeValue(value: unknown): Summary | undefined {
  const kind = kindOf(value);
  if (!kind) return undefined;
  const p = (name: string): number => {
    const x = paramValue(value, name);
    return typeof x === 'number' && Number.isFinite(x) ? x : NaN;
  };
  const lognormal = (mu: number, sigma: number): Summary => {
    const mean = Math.exp(mu + (sigma * sigma) / 2);
    return { mean, sd: mean * Math.sqrt(Math.expm1(sigma * sigma)), low: Math.exp(mu - Z95 * sigma), high: Math.exp(mu + Z95 * sigma) };
  };
  let s: Summary;
  switch (kind) {
    case 'number': {
      const v = p('value');
      s = { mean: v, sd: 0, low: v, high: v };
      break;
    }
    case 'uniform': {
      const [a, b] = [p('min'), p('max')];
      s = { mean: (a + b) / 2, sd: (b - a) / Math.sqrt(12), low: a, high: b };
      break;
    }
    case 'triangular': {
      const [a, c, b] = [p('min'), p('mode'), p('max')];
      const variance = (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
      s = { mean: (a + b + c) / 3, sd: Math.sqrt(Math.max(variance, 0)), low: a, high: b };
      break;
    }
    case 'pert': {
      const [a, c, b] = [p('min'), p('mode'), p('max')];
      const g = paramValue(value, 'gamma') === undefined ? 4 : p('gamma');
      const mean = (a + g * c + b) / (g + 2);
      let sd = 0;
      if (b > a) {
        const alpha = 1 + (g * (c - a)) / (b - a);
        const beta = 1 + (g * (b - c)) / (b - a);
        sd = (b - a) * Math.sqrt((alpha * beta) / ((alpha + beta) ** 2 * (alpha + beta + 1)));
      }
      s = { mean, sd, low: a, high: b };
      break;
    }
    case 'lognormal-mean': {
      const sigma = p('sigma');
      s = lognormal(Math.log(p('mean')) - (sigma * sigma) / 2, sigma);
      break;
    }
    case 'lognormal-median':
      s = lognormal(Math.log(p('median')), p('sigma'));
      break;
    case 'lognormal-range': {
      const [lo, hi] = [Math.log(p('low')), Math.log(p('high'))];
      s = lognormal((lo + hi) / 2, (hi - lo) / (2 * Z95));
      break;
    }
    case 'beta': {
      const [a, b] = [p('alpha'), p('beta')];
      s = { mean: a / (a + b), sd: Math.sqrt((a * b) / ((a + b) ** 2 * (a + b + 1))), low: 0, high: 1 };
      break;
    }
    case 'poisson': {
      const m = p('mean');
      s = { mean: m, sd: Math.sqrt(m), low: Math.max(0, m - Z95 * Math.sqrt(m)), high: m + Z95 * Math.sqrt(m) };
      break;
    }
  }
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
  if (kind.startsWith('lognormal') && !(m > 0)) {
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
  const dist = kind.startsWith('lognormal') ? 'lognormal' : kind;
  const out: Record<string, unknown> = { dist };
  for (const { name } of params) out[name] = paramValue(value, name) ?? '';
  return withSource(out);
}

function firstParam(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  return Object.entries(value).find(([k]) => k !== 'dist' && k !== 'source')?.[1];
}
