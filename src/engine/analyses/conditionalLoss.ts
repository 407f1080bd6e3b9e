import type { MeanEstimate } from '../results.js';
import type { Analysis } from './analysis.js';
import { mergeMoments, standardErrorOf, type Moments } from './moments.js';
import { expectedMoments } from './expectedMoments.js';

/**
 * Each vendor's expected annual loss: the mean over trials of its expected loss given the
 * trial's parameter draws (conditional Monte Carlo, free of the noise of which years happen
 * to have breaches), and its standard error.
 *
 * @example
 * conditionalLoss.finish(partial, context); // [{ mean: 1986000.5, standardError: 361.2 }, ...]
 */
export const conditionalLoss: Analysis<Moments, MeanEstimate[]> = {
  name: 'conditional',
  accumulate: (columns) => expectedMoments(columns),
  merge: (left, right) => mergeMoments(left, right),
  finish: (moments) => Array.from(moments.mean, (mean, j) => ({ mean, standardError: standardErrorOf(moments, j) })),
};
