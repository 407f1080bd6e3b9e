import type { ToleranceVerdict } from '../engine/index.js';
import { formatChance } from './chance.js';
import { formatMoney } from './money.js';
import { toleranceSentence } from './toleranceSentence.js';

/**
 * What the engine's tolerance verdict means for the answer, in one or two sentences, the
 * same on the page and the command line: whether the vendor ranked first by `ranking` (the
 * one the answer names: the contract's ranking when there is a contract) is within the risk
 * tolerance, and if not, its chance of losing more where it fails and the next vendor of
 * the ranking within it (or that none is). The reference is never named.
 *
 * @example
 * toleranceAnswer(toleranceVerdict(results, { loss: 2e7, probability: 0.05 }), results.ranking, 'USD');
 * // 'Bluepeak BPO is within the risk tolerance (at most 5.0% a year of losing more than $20.0M), and so is every other vendor.'
 */
export function toleranceAnswer(verdict: ToleranceVerdict, ranking: readonly string[], currency: string): string {
  const byId = new Map(verdict.vendors.map((v) => [v.id, v]));
  const candidates = ranking.flatMap((id) => byId.get(id) ?? []).filter((v) => !v.reference);
  if (candidates.length === 0) return '';
  const [first, ...others] = candidates;
  const stated = `the risk tolerance (${toleranceSentence(verdict, currency)})`;
  if (first.passes) {
    const failing = others.filter((v) => !v.passes).map((v) => v.name);
    const rest = others.length === 0 ? '' : failing.length === 0 ? ', and so is every other vendor' : `; ${names(failing)} ${failing.length === 1 ? 'exceeds' : 'exceed'} it`;
    return `${first.name} is within ${stated}${rest}.`;
  }
  const chance = formatChance(first.probability);
  const where = `${/^(8|1[18](?!\d))/.test(chance) ? 'an' : 'a'} ${chance} chance of losing more than ${formatMoney(first.loss, currency)}, against ${formatChance(first.allowed)} allowed`;
  const within = others.find((v) => v.passes);
  const then = within ? ` The cheapest vendor within it is ${within.name}.` : ' No vendor is within it.';
  return `${first.name} exceeds ${stated}: ${where}.${then}`;
}

/** Names as a list: "A", "A and B", "A, B and C". */
function names(list: readonly string[]): string {
  return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}
