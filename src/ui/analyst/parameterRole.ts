import type { Bounds, KindId } from './distributionKinds.js';
import type { JsonPath } from './pathAccess.js';

/**
 * What a parameter measures, which decides the forms it may take in the editor:
 * - `money`: an amount (the loss per breach, an amplifier's amount, a price): any
 *   non-negative number, with the kinds that suit money (no beta, which lives on [0, 1]);
 * - `rate`: a count a year (`frequency.annualRate`): the money kinds and Poisson;
 * - `fraction`: a share or a chance in [0, 1] (the incidence, a reduction, a probability,
 *   the channel share, a coverage, a vector or component share): the kinds within [0, 1]
 *   (no lognormal, whose tail has no end).
 */
export type RoleId = 'money' | 'rate' | 'fraction';

export interface ParameterRole {
  id: RoleId;
  /** Where the engine requires the parameter to lie. */
  bounds: Bounds;
  /** The kinds the editor offers, in the order the select lists them. */
  kinds: readonly KindId[];
}

const AMOUNT_KINDS: readonly KindId[] = ['number', 'uniform', 'pert', 'triangular', 'lognormal-mean', 'lognormal-median', 'lognormal-range'];

/** The three roles. @example ROLES.fraction.bounds; // [0, 1] */
export const ROLES: Readonly<Record<RoleId, ParameterRole>> = {
  money: { id: 'money', bounds: [0, Infinity], kinds: AMOUNT_KINDS },
  rate: { id: 'rate', bounds: [0, Infinity], kinds: [...AMOUNT_KINDS, 'poisson'] },
  fraction: { id: 'fraction', bounds: [0, 1], kinds: ['number', 'uniform', 'pert', 'triangular', 'beta'] },
};

const FRACTION_KEYS = new Set(['annualIncidence', 'reduction', 'probability', 'channelShare', 'coverage']);

/**
 * The role of the parameter at `path` in a scenario: a fraction for the incidence,
 * reductions, probabilities, the channel share, coverages and the shares of
 * `frequency.vectors` and `magnitude.components`; a rate for `frequency.annualRate`;
 * money for everything else (the loss per breach, amplifier amounts, prices, the
 * tolerance's loss). The one place the editor derives it.
 *
 * @example
 * parameterRole(['controls', 'mfa', 'effects', 0, 'reduction']).id; // 'fraction'
 * parameterRole(['magnitude', 'perBreach']).id; // 'money'
 * parameterRole(['frequency', 'annualRate']).kinds.includes('poisson'); // true
 */
export function parameterRole(path: JsonPath): ParameterRole {
  const last = path[path.length - 1];
  if (last === 'annualRate') return ROLES.rate;
  const shares = (path[0] === 'frequency' && path[1] === 'vectors') || (path[0] === 'magnitude' && path[1] === 'components');
  if ((shares && path.length === 3) || (typeof last === 'string' && FRACTION_KEYS.has(last))) return ROLES.fraction;
  return ROLES.money;
}
