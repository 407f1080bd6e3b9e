import type { IsClean, RuleIssue } from './crossFieldRules.js';

/**
 * The rules of the contract's terms that relate fields to each other: a tolerance curve's
 * points by increasing loss with a chance that never rises (a curve that rose would allow
 * more of the larger losses than of the smaller ones, which no exceedance curve can do).
 *
 * @example
 * contractRules({ tolerance: { points: [{ loss: 2e7, probability: 0.01 }, { loss: 1e7, probability: 0.05 }] } }, () => true);
 * // [{ path: ['tolerance', 'points', 1, 'loss'], message: 'must be more than points[0].loss (20000000): the points go by increasing loss' }]
 */
export function contractRules(input: Record<string, unknown>, isClean: IsClean): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const tolerance = input.tolerance;
  const path = ['tolerance', 'points'];
  if (tolerance === null || typeof tolerance !== 'object' || !('points' in tolerance) || !isClean(path)) return issues;
  const points = (tolerance as { points: { loss: number; probability: number }[] }).points;
  for (let i = 1; i < points.length; i++) {
    const [before, point] = [points[i - 1], points[i]];
    if (!(point.loss > before.loss)) {
      issues.push({ path: [...path, i, 'loss'], message: `must be more than points[${i - 1}].loss (${before.loss}): the points go by increasing loss` });
    } else if (point.probability > before.probability) {
      issues.push({
        path: [...path, i, 'probability'],
        message: `must be at most points[${i - 1}].probability (${before.probability}): a larger loss cannot be allowed more often than a smaller one`,
      });
    }
  }
  return issues;
}
