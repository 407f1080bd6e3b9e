import type { DistributionInput } from './schema.js';
import { toDistribution } from './parameters.js';
import { MAX_AMOUNT, MAX_LOG_SIGMA, RESERVED_KEYS } from './limits.js';
import { contractRules } from './contractRules.js';

/** One rule broken: where, as a path of keys and indices, and what is wrong. */
export interface RuleIssue {
  path: (string | number)[];
  message: string;
}

/** A path of keys and indices into the scenario. */
type Path = (string | number)[];

/**
 * True when the part of the input at a path has no structural error (its type, range and
 * fields are as the schema says), so the rules that read it can trust its shape.
 */
export type IsClean = (path: Path) => boolean;

/** Vector and component shares must sum to 1 within this. */
export const SHARE_TOLERANCE = 1e-9;

/**
 * The rules of a `breach-scenario/1` that relate fields to each other, checked on the
 * parsed JSON as given. Each rule reads only parts whose structure is valid (`isClean`),
 * so one structural error never hides the others: a file with a negative price, an
 * incidence of 1.5, shares summing to 1.1, an unknown control and a duplicate vendor id
 * reports all five. Returns every issue found, in document order.
 *
 * @example
 * crossFieldRules(scenarioWithVendorControl('mfx'), () => true);
 * // [{ path: ['vendors', 2, 'controls', 0], message: 'unknown control "mfx"' }]
 */
export function crossFieldRules(input: unknown, isClean: IsClean = () => true): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const report = (path: Path, message: string) => issues.push({ path, message });
  if (!isRecord(input)) return issues;
  const frequency = isRecord(input.frequency) ? input.frequency : undefined;
  const magnitude = isRecord(input.magnitude) ? input.magnitude : undefined;
  const controls = isRecord(input.controls) ? input.controls : undefined;

  for (const [path, map] of [
    [['frequency', 'vectors'], frequency?.vectors],
    [['magnitude', 'components'], magnitude?.components],
    [['magnitude', 'amplifiers'], magnitude?.amplifiers],
    [['controls'], controls],
  ] as [Path, unknown][]) {
    if (!isRecord(map)) continue;
    for (const key of Object.keys(map)) {
      if (RESERVED_KEYS.has(key)) report([...path, key], `"${key}" cannot be a name: it is reserved by JavaScript`);
    }
  }

  if (frequency) {
    const hasIncidence = frequency.annualIncidence !== undefined;
    const hasRate = frequency.annualRate !== undefined;
    if (hasIncidence === hasRate) report(['frequency'], 'give exactly one of "annualIncidence" and "annualRate"');
    const incidence: Path = ['frequency', 'annualIncidence'];
    const rate: Path = ['frequency', 'annualRate'];
    if (hasIncidence && isClean(incidence)) checkRange(frequency.annualIncidence as DistributionInput, incidence, 0, 1, false, report);
    if (hasRate && isClean(rate)) checkRange(frequency.annualRate as DistributionInput, rate, 0, Infinity, true, report);
    if (isClean(['frequency', 'vectors'])) checkShares(frequency.vectors as ShareMap, ['frequency', 'vectors'], 'vector', report);
  }
  if (magnitude) {
    if (magnitude.components !== undefined && isClean(['magnitude', 'components'])) {
      checkShares(magnitude.components as ShareMap, ['magnitude', 'components'], 'component', report);
    }
    if (isClean(['magnitude', 'perBreach'])) checkRange(magnitude.perBreach as DistributionInput, ['magnitude', 'perBreach'], 0, Infinity, true, report);
    if (isRecord(magnitude.amplifiers)) {
      for (const [name, amplifier] of Object.entries(magnitude.amplifiers)) {
        const path = ['magnitude', 'amplifiers', name, 'amount'];
        if (isRecord(amplifier) && isClean(path)) checkRange(amplifier.amount as DistributionInput, path, 0, Infinity, true, report);
      }
    }
  }

  const namesOf = (map: unknown) => (isRecord(map) ? new Set(Object.keys(map).filter((k) => !RESERVED_KEYS.has(k))) : undefined);
  const targetNames = {
    vectors: namesOf(frequency?.vectors),
    components: magnitude && magnitude.components === undefined ? new Set<string>() : namesOf(magnitude?.components),
    amplifiers: magnitude && magnitude.amplifiers === undefined ? new Set<string>() : namesOf(magnitude?.amplifiers),
  };
  const targetWords = { vectors: 'vector', components: 'component', amplifiers: 'amplifier' } as const;
  for (const [controlId, control] of Object.entries(controls ?? {})) {
    if (!isRecord(control) || !Array.isArray(control.effects)) continue;
    control.effects.forEach((effect: unknown, e) => {
      const path = ['controls', controlId, 'effects', e];
      if (!isRecord(effect)) return;
      const kinds = (['vectors', 'components', 'amplifiers'] as const).filter((k) => effect[k] !== undefined);
      if (kinds.length !== 1) {
        report(path, 'an effect targets exactly one of "vectors", "components" or "amplifiers"');
      }
      for (const kind of kinds) {
        const known = targetNames[kind];
        if (!known || !isClean([...path, kind])) continue;
        const seen = new Set<string>();
        (effect[kind] as string[]).forEach((name, i) => {
          if (!known.has(name)) {
            const list = [...known].map((n) => `"${n}"`).join(', ') || 'none are defined';
            report([...path, kind, i], `unknown ${targetWords[kind]} "${name}" (known: ${list})`);
          } else if (seen.has(name)) {
            report([...path, kind, i], `${targetWords[kind]} "${name}" listed twice`);
          }
          seen.add(name);
        });
      }
      if (isClean([...path, 'reduction'])) checkRange(effect.reduction as DistributionInput, [...path, 'reduction'], 0, 1, true, report);
    });
  }

  if (Array.isArray(input.vendors)) checkVendors(input.vendors, controls, isClean, report);
  issues.push(...contractRules(input, isClean));
  return issues;
}

/** Unique ids and names, at most one reference, and controls that exist, each listed once. */
function checkVendors(vendors: unknown[], controls: Record<string, unknown> | undefined, isClean: IsClean, report: (path: Path, message: string) => void) {
  const ids = new Map<string, number>();
  const names = new Map<string, number>();
  let reference: number | undefined;
  vendors.forEach((vendor, v) => {
    if (!isRecord(vendor)) return;
    if (isClean(['vendors', v, 'id'])) {
      const id = vendor.id as string;
      const first = ids.get(id);
      if (first !== undefined) report(['vendors', v, 'id'], `duplicate vendor id "${id}" (also vendors[${first}])`);
      else ids.set(id, v);
    }
    if (isClean(['vendors', v, 'name'])) {
      const name = vendor.name as string;
      const key = name.trim().toLowerCase();
      const first = names.get(key);
      if (first !== undefined) report(['vendors', v, 'name'], `duplicate vendor name "${name}" (also vendors[${first}].name): names tell vendors apart in the answer`);
      else names.set(key, v);
    }
    if (vendor.reference === true) {
      if (reference !== undefined) report(['vendors', v, 'reference'], `only one vendor can be the reference (also vendors[${reference}])`);
      else reference = v;
    }
    if (!controls || !Array.isArray(vendor.controls)) return;
    const listed = new Map<string, number>();
    vendor.controls.forEach((entry: unknown, c) => {
      if (!isClean(['vendors', v, 'controls', c])) return;
      const id = typeof entry === 'string' ? entry : (entry as { id: string }).id;
      if (!Object.hasOwn(controls, id) || RESERVED_KEYS.has(id)) {
        report(['vendors', v, 'controls', c], `unknown control "${id}"`);
      } else if (listed.has(id)) {
        report(['vendors', v, 'controls', c], `control "${id}" listed twice (also controls[${listed.get(id)}])`);
      }
      if (!listed.has(id)) listed.set(id, c);
    });
  });
}

type ShareMap = Record<string, number | { value: number }>;

function checkShares(shares: ShareMap, path: Path, word: string, report: (path: Path, message: string) => void) {
  const names = Object.keys(shares).filter((name) => !RESERVED_KEYS.has(name));
  if (names.length === 0) {
    report(path, `at least one ${word} is needed`);
    return;
  }
  let total = 0;
  for (const name of names) {
    const share = shares[name];
    total += typeof share === 'number' ? share : share.value;
  }
  if (Math.abs(total - 1) > SHARE_TOLERANCE) {
    report(path, `${word} shares must sum to 1 (within ${SHARE_TOLERANCE}); they sum to ${total}`);
  }
}

/**
 * A parameter's support must lie in [lo, hi] (or [lo, hi) when `closedAbove` is false),
 * its distribution's own parameters must be possible, and an unbounded one must keep its
 * mean within `MAX_AMOUNT` and a lognormal's sigma within `MAX_LOG_SIGMA`.
 */
function checkRange(
  input: DistributionInput,
  path: Path,
  lo: number,
  hi: number,
  closedAbove: boolean,
  report: (path: Path, message: string) => void,
) {
  let distribution;
  try {
    distribution = toDistribution(input);
  } catch (error) {
    report(path, error instanceof Error ? error.message : String(error));
    return;
  }
  const interval = `[${lo}, ${hi === Infinity ? '∞' : hi}${closedAbove ? ']' : ')'}`;
  const above = closedAbove ? distribution.max > hi : distribution.max >= hi && !(distribution.kind === 'beta' && hi === 1);
  if (distribution.min < lo || above) {
    const what = distribution.kind === 'constant'
      ? `${distribution.min}`
      : `a ${distribution.kind} distribution over [${distribution.min}, ${distribution.max}]`;
    report(path, `must lie within ${interval}; got ${what}`);
    return;
  }
  const sigma = (distribution as { sigma?: number }).sigma;
  if (distribution.kind === 'lognormal' && sigma !== undefined && !(sigma <= MAX_LOG_SIGMA)) {
    report(path, `lognormal: sigma must be at most ${MAX_LOG_SIGMA}; its 90% range implies ${formatNumber(sigma)}`);
  } else if (!(distribution.mean <= MAX_AMOUNT)) {
    report(path, `its mean must be at most ${formatNumber(MAX_AMOUNT)}; got ${formatNumber(distribution.mean)}`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A number for a message: `1e15` for the large and small, as typed otherwise. */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  if (a !== 0 && (a >= 1e9 || a < 1e-6)) return Number(x.toPrecision(6)).toExponential().replace('e+', 'e');
  return String(Number(x.toPrecision(6)));
}
