import type { Scenario, DistributionInput } from './schema.js';
import { numberValue, toDistribution } from './parameters.js';

/** One rule broken: where, as a path of keys and indices, and what is wrong. */
export interface RuleIssue {
  path: (string | number)[];
  message: string;
}

/** Vector and component shares must sum to 1 within this. */
export const SHARE_TOLERANCE = 1e-9;

/**
 * The rules of a `breach-scenario/1` that relate fields to each other, checked on
 * a scenario whose structure is already valid. Returns every issue found, in
 * document order; an empty array means the scenario is valid.
 *
 * @example
 * crossFieldRules(scenarioWithVendorControl('mfx'));
 * // [{ path: ['vendors', 2, 'controls', 0], message: 'unknown control "mfx"' }]
 */
export function crossFieldRules(scenario: Scenario): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const report = (path: (string | number)[], message: string) => issues.push({ path, message });
  const { frequency, magnitude } = scenario;

  const hasIncidence = frequency.annualIncidence !== undefined;
  const hasRate = frequency.annualRate !== undefined;
  if (hasIncidence === hasRate) {
    report(['frequency'], 'give exactly one of "annualIncidence" and "annualRate"');
  }
  if (hasIncidence) checkRange(frequency.annualIncidence!, ['frequency', 'annualIncidence'], 0, 1, false, report);
  if (hasRate) checkRange(frequency.annualRate!, ['frequency', 'annualRate'], 0, Infinity, true, report);

  checkShares(frequency.vectors, ['frequency', 'vectors'], 'vector', report);
  if (magnitude.components) checkShares(magnitude.components, ['magnitude', 'components'], 'component', report);
  checkRange(magnitude.perBreach, ['magnitude', 'perBreach'], 0, Infinity, true, report);
  for (const [name, amplifier] of Object.entries(magnitude.amplifiers ?? {})) {
    checkRange(amplifier.amount, ['magnitude', 'amplifiers', name, 'amount'], 0, Infinity, true, report);
  }

  const targetNames = {
    vectors: new Set(Object.keys(frequency.vectors)),
    components: new Set(Object.keys(magnitude.components ?? {})),
    amplifiers: new Set(Object.keys(magnitude.amplifiers ?? {})),
  };
  const targetWords = { vectors: 'vector', components: 'component', amplifiers: 'amplifier' } as const;
  for (const [controlId, control] of Object.entries(scenario.controls)) {
    control.effects.forEach((effect, e) => {
      const path = ['controls', controlId, 'effects', e];
      const kinds = (['vectors', 'components', 'amplifiers'] as const).filter((k) => effect[k] !== undefined);
      if (kinds.length !== 1) {
        report(path, 'an effect targets exactly one of "vectors", "components" or "amplifiers"');
      }
      for (const kind of kinds) {
        const seen = new Set<string>();
        effect[kind]!.forEach((name, i) => {
          if (!targetNames[kind].has(name)) {
            const known = [...targetNames[kind]].map((n) => `"${n}"`).join(', ') || 'none are defined';
            report([...path, kind, i], `unknown ${targetWords[kind]} "${name}" (known: ${known})`);
          } else if (seen.has(name)) {
            report([...path, kind, i], `${targetWords[kind]} "${name}" listed twice`);
          }
          seen.add(name);
        });
      }
      checkRange(effect.reduction, [...path, 'reduction'], 0, 1, true, report);
    });
  }

  const vendorIds = new Map<string, number>();
  scenario.vendors.forEach((vendor, v) => {
    const first = vendorIds.get(vendor.id);
    if (first !== undefined) report(['vendors', v, 'id'], `duplicate vendor id "${vendor.id}" (also vendors[${first}])`);
    else vendorIds.set(vendor.id, v);
    const listed = new Map<string, number>();
    vendor.controls.forEach((entry, c) => {
      const id = typeof entry === 'string' ? entry : entry.id;
      if (!Object.hasOwn(scenario.controls, id)) {
        report(['vendors', v, 'controls', c], `unknown control "${id}"`);
      } else if (listed.has(id)) {
        report(['vendors', v, 'controls', c], `control "${id}" listed twice (also controls[${listed.get(id)}])`);
      }
      if (!listed.has(id)) listed.set(id, c);
    });
  });
  return issues;
}

function checkShares(
  shares: Record<string, number | { value: number }>,
  path: (string | number)[],
  word: string,
  report: (path: (string | number)[], message: string) => void,
) {
  const names = Object.keys(shares);
  if (names.length === 0) {
    report(path, `at least one ${word} is needed`);
    return;
  }
  let total = 0;
  for (const name of names) total += numberValue(shares[name]);
  if (Math.abs(total - 1) > SHARE_TOLERANCE) {
    report(path, `${word} shares must sum to 1 (within ${SHARE_TOLERANCE}); they sum to ${total}`);
  }
}

/**
 * A parameter's support must lie in [lo, hi] (or [lo, hi) when `closedAbove` is false),
 * and its distribution's own parameters must be possible.
 */
function checkRange(
  input: DistributionInput,
  path: (string | number)[],
  lo: number,
  hi: number,
  closedAbove: boolean,
  report: (path: (string | number)[], message: string) => void,
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
  }
}
