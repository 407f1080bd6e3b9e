import { DISTRIBUTION_KIND_IDS, kindEntry, type Quantity } from '../../engine/index.js';
import { convertKind, kindOf, tidy } from './distributionKinds.js';

/** How the scenario gives breach frequency: a yearly probability or a yearly rate. */
export type FrequencyMode = 'incidence' | 'rate';

/**
 * The Poisson rate with the same chance of at least one breach a year: -ln(1 - p).
 *
 * @example
 * rateFromIncidence(0.39); // 0.4943 (to 4 digits)
 */
export function rateFromIncidence(p: number): number {
  return -Math.log1p(-p);
}

/**
 * The chance of at least one breach a year at a Poisson rate: 1 - exp(-rate).
 *
 * @example
 * incidenceFromRate(0.4943); // 0.39 (to 4 digits)
 */
export function incidenceFromRate(rate: number): number {
  return -Math.expm1(-rate);
}

/**
 * The mode a frequency block is in: the one it has, incidence when it has both or neither.
 *
 * @example
 * frequencyMode({ annualRate: 0.5, vectors: {} }); // 'rate'
 */
export function frequencyMode(frequency: Record<string, unknown>): FrequencyMode {
  return frequency.annualIncidence === undefined && frequency.annualRate !== undefined ? 'rate' : 'incidence';
}

/**
 * A frequency block switched to `mode`: the parameter converted (rate = -ln(1 - p), and
 * back p = 1 - exp(-rate)), put in place of the other under the new name, everything
 * else and the order of the fields kept. Quantile-like parameters (a number, min, mode,
 * max, a lognormal's median or 90% range) map exactly through the monotone transform; a
 * lognormal's mean maps roughly. A kind that does not suit the new quantity (a lognormal
 * or Poisson rate becoming an incidence, which must stay below 1 and is no count), or
 * whose parameters are all shapes (a beta), becomes a PERT first. Text that is not a
 * number stays as typed. Switching to the mode it is in returns the block unchanged.
 *
 * @example
 * switchFrequency({ annualIncidence: { value: 0.39, source: 'Thales' }, vectors: {} }, 'rate');
 * // { annualRate: { value: 0.4943, source: 'Thales' }, vectors: {} }
 */
export function switchFrequency(frequency: Record<string, unknown>, mode: FrequencyMode): Record<string, unknown> {
  const [from, to] = mode === 'rate' ? ['annualIncidence', 'annualRate'] : ['annualRate', 'annualIncidence'];
  if (frequency[from] === undefined) return frequency;
  let value: unknown = frequency[from];
  const kind = kindOf(value);
  const target: Quantity = mode === 'rate' ? 'rate' : 'fraction';
  const entry = kind === undefined ? undefined : kindEntry(kind);
  if (entry && (!entry.suits.includes(target) || entry.params.every((p) => p.measures === 'shape'))) {
    value = convertKind(value, 'pert', [0, Infinity]);
  }
  const converted = mapParams(value, mode === 'rate' ? rateFromIncidence : incidenceFromRate, mode === 'rate' ? 1 : Infinity);
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(frequency)) {
    if (key === from) out[to] = converted;
    else if (key !== to) out[key] = v;
  }
  return out;
}

/** The parameters in the quantity's own units (`measures: 'value'`), which the transform maps. */
const MAPPED = new Set(DISTRIBUTION_KIND_IDS.flatMap((kind) => kindEntry(kind).params.filter((p) => p.measures === 'value').map((p) => p.name)));

/** Each number parameter in [0, below) through `f`, tidied; all else as it is. */
function mapParams(value: unknown, f: (x: number) => number, below: number): unknown {
  const map = (x: unknown) => (typeof x === 'number' && x >= 0 && x < below ? tidy(f(x)) : x);
  if (value === null || typeof value !== 'object') return map(value);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, MAPPED.has(k) ? map(v) : v]));
}
