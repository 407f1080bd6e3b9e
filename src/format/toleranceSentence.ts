import type { TolerancePoint, TolerancePer } from '../engine/index.js';
import { formatChance } from './chance.js';
import { formatMoney } from './money.js';

/**
 * A risk tolerance in words, the same on the page and the command line: a point is "at
 * most 5.0% a year of losing more than $20.0M"; a curve names its ends ("at most 10.0% a
 * year of losing more than $5.00M, falling to 0.4% of losing more than $50.0M (a curve of
 * 3 points)"); over the contract it says so.
 *
 * @example
 * toleranceSentence({ per: 'year', points: [{ loss: 2e7, probability: 0.05 }] }, 'USD');
 * // 'at most 5.0% a year of losing more than $20.0M'
 */
export function toleranceSentence(tolerance: { per: TolerancePer; points: readonly TolerancePoint[] }, currency: string): string {
  const { per, points } = tolerance;
  const money = (x: number) => formatMoney(x, currency);
  const when = per === 'contract' ? '' : ' a year';
  const what = per === 'contract' ? ', over the contract (its total net loss, after indemnity and insurance)' : '';
  const first = points[0];
  if (points.length === 1) return `at most ${formatChance(first.probability)}${when} of losing more than ${money(first.loss)}${what}`;
  const last = points[points.length - 1];
  return `at most ${formatChance(first.probability)}${when} of losing more than ${money(first.loss)}, falling to ${formatChance(last.probability)} ` +
    `of losing more than ${money(last.loss)} (a curve of ${points.length} points)${what}`;
}
