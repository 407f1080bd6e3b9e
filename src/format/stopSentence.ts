import type { Results } from '../engine/index.js';

/**
 * Where a run with `simulation.stopAt` ended, for people; undefined for a run of a fixed
 * number of trials. The target is the relative standard error as a percentage.
 *
 * @example
 * stopSentence({ trials: 230_000, stop: { relativeStandardError: 0.001, minTrials: 100_000, maxTrials: 10_000_000, reason: 'precision' } });
 * // "Stopped at 230,000 simulated years: every vendor's expected loss within 0.1%"
 * stopSentence({ trials: 10_000_000, stop: { ..., reason: 'maxTrials' } });
 * // "Stopped at the most simulated years allowed, 10,000,000, before every vendor's expected loss was within 0.1%"
 */
export function stopSentence(results: Pick<Results, 'trials' | 'stop'>): string | undefined {
  const { stop } = results;
  if (!stop) return undefined;
  const trials = results.trials.toLocaleString('en-US');
  const target = `${+(stop.relativeStandardError * 100).toPrecision(3)}%`;
  return stop.reason === 'precision'
    ? `Stopped at ${trials} simulated years: every vendor's expected loss within ${target}`
    : `Stopped at the most simulated years allowed, ${trials}, before every vendor's expected loss was within ${target}`;
}
