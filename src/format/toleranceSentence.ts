import type { TolerancePoint, TolerancePer } from '../engine/index.js';
import { formatChance } from './chance.js';
import { formatMoney } from './money.js';

/**
 * A risk tolerance in words, the same on the page and the command line: its point, or the
 * first and the last of a curve's, and what it reads ("a year" for a year's loss, "over
 * the contract" for the contract's total).
 *
 * @example
 * toleranceSentence({ per: 'year', points: [{ loss: 2e7, probability: 0.05 }] }, 'USD');
 * // 'at most 5.0% a year of losing more than $20.0M'
 * toleranceSentence({ per: 'contract', points: [{ loss: 5e6, probability: 0.1 }, { loss: 5e7, probability: 0.004 }] }, 'USD');
 * // 'at most 10.0% of losing more than $5.00M, down to 0.4% of losing more than $50.0M, over the contract'
 */
export function toleranceSentence(tolerance: { per: TolerancePer; points: readonly TolerancePoint[] }, currency: string): string {
  const { per, points } = tolerance;
  const contract = per === 'contract';
  const one = (p: TolerancePoint, yearly: boolean) => `${formatChance(p.probability)}${yearly ? ' a year' : ''} of losing more than ${formatMoney(p.loss, currency)}`;
  if (points.length === 1) return `at most ${one(points[0], !contract)}${contract ? ' over the contract' : ''}`;
  return `at most ${one(points[0], false)}, down to ${one(points[points.length - 1], false)}, ${contract ? 'over the contract' : 'a year'}`;
}
