import { describe, expect, it } from 'vitest';
import { describeParameter, keyAssumptions } from '../../../src/ui/report/keyAssumptions.js';
import { defaultModel } from '../../helpers/fixtures.js';

describe('keyAssumptions', () => {
  it('lists the frequency, the loss per breach, the amplifiers and every control effect of the default model, each with its source', () => {
    const rows = keyAssumptions(defaultModel());
    expect(rows[0]).toMatchObject({ path: 'frequency.annualIncidence', value: '39%' });
    expect(rows[0].source).toMatch(/^Thales/);
    expect(rows.find((r) => r.path === 'magnitude.perBreach')!.value).toBe('lognormal, mean $4.89M, sigma 1.7');
    expect(rows.find((r) => r.path === 'controls.mfa.effects[0].reduction')!.value).toBe('PERT 50%, mode 80%, 95%');
    expect(rows.filter((r) => r.path.startsWith('controls.')).length).toBe(11);
    for (const r of rows) expect(r.source, r.path).not.toBe('');
  });

  it('describes each kind of parameter', () => {
    expect(describeParameter({ dist: 'uniform', min: 0.1, max: 0.3 }, 'fraction', 'USD')).toBe('uniform 10% to 30%');
    expect(describeParameter({ dist: 'lognormal', low: 200_000, high: 20_000_000 }, 'money', 'USD')).toBe('lognormal, 90% in $200k to $20.0M');
    expect(describeParameter(2.5, 'rate', 'USD')).toBe('2.5');
  });
});
