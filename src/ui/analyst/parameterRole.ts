import { kindEntry, type Quantity } from '../../engine/index.js';
import { KINDS, type Bounds, type KindId } from './distributionKinds.js';
import type { JsonPath } from '../state/draftJson.js';

/**
 * What a parameter measures, which decides the forms it may take in the editor:
 * - `money`: an amount (the loss per breach, an amplifier's amount, a price): any
 *   non-negative number, with the kinds that suit money (no beta, which lives on [0, 1]);
 * - `rate`: a count a year (`frequency.annualRate`): the money kinds and Poisson;
 * - `fraction`: a share or a chance in [0, 1] (the incidence, a reduction, a probability,
 *   the channel share, a coverage, a vector or component share): the kinds within [0, 1]
 *   (no lognormal, whose tail has no end).
 */
export type RoleId = Quantity;

export interface ParameterRole {
  id: RoleId;
  /** Where the engine requires the parameter to lie. */
  bounds: Bounds;
  /** The kinds the editor offers, in the order the select lists them. */
  kinds: readonly KindId[];
}

/** The kinds that suit a quantity (`DISTRIBUTION_KINDS`' `suits`), in the order of `KINDS`. */
function kindsSuiting(quantity: Quantity): readonly KindId[] {
  return KINDS.filter((k) => kindEntry(k.id).suits.includes(quantity)).map((k) => k.id);
}

/** The three roles. @example ROLES.fraction.bounds; // [0, 1] */
export const ROLES: Readonly<Record<RoleId, ParameterRole>> = {
  money: { id: 'money', bounds: [0, Infinity], kinds: kindsSuiting('money') },
  rate: { id: 'rate', bounds: [0, Infinity], kinds: kindsSuiting('rate') },
  fraction: { id: 'fraction', bounds: [0, 1], kinds: kindsSuiting('fraction') },
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
