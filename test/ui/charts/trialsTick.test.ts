import { describe, expect, it } from 'vitest';
import { trialsTick } from '../../../src/ui/charts/trialsTick.js';

describe('trialsTick', () => {
  it('writes thousands and millions short', () => {
    expect([10_000, 250_000, 1_000_000, 2_500_000, 10_000_000].map(trialsTick)).toEqual(['10k', '250k', '1M', '2.5M', '10M']);
  });

  it('writes small counts whole', () => {
    expect(trialsTick(500)).toBe('500');
  });
});
