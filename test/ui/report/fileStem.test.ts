import { describe, expect, it } from 'vitest';
import { fileStem } from '../../../src/ui/report/fileStem.js';

describe('fileStem', () => {
  it('names a file after the scenario and the seed, in safe characters', () => {
    expect(fileStem('Retail BPO shortlist', 'retail-2021')).toBe('retail-bpo-shortlist-seed-retail-2021');
    expect(fileStem('../../etc/passwd', '42')).toBe('etc-passwd-seed-42');
    expect(fileStem('', '')).toBe('scenario-seed-seed');
  });
});
