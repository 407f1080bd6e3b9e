import { describe, expect, it } from 'vitest';
import { stopSentence } from '../../src/format/stopSentence.js';

const rule = { relativeStandardError: 0.001, minTrials: 100_000, maxTrials: 10_000_000 };

describe('stopSentence', () => {
  it('says where a run that reached its precision stopped', () => {
    expect(stopSentence({ trials: 230_000, stop: { ...rule, reason: 'precision' } })).toBe("Stopped at 230,000 simulated years: every vendor's expected loss within 0.1%");
  });

  it('says when a run hit its most trials first', () => {
    expect(stopSentence({ trials: 10_000_000, stop: { ...rule, reason: 'maxTrials' } })).toBe(
      "Stopped at the most simulated years allowed, 10,000,000, before every vendor's expected loss was within 0.1%",
    );
  });

  it('writes the target without binary noise', () => {
    expect(stopSentence({ trials: 1e5, stop: { ...rule, relativeStandardError: 0.0007, reason: 'precision' } })).toContain('within 0.07%');
  });

  it('says nothing of a run of fixed trials', () => {
    expect(stopSentence({ trials: 1e6 })).toBeUndefined();
  });
});
