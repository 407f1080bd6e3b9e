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

  it('lists the stated annual costs of controls, a vendor\'s entry at coverage 0 as a control it lacks', () => {
    const model = defaultModel();
    model.controls.vdi.annualCost = { value: 90_000, source: 'Rate card' };
    model.vendors[4].controls.push({ id: 'vdi', coverage: 0, annualCost: 80_000 });
    model.vendors[4].controls[0] = { id: 'mfa', coverage: 0.5, annualCost: { value: 30_000, source: 'Lowell quote' } };
    const rows = keyAssumptions(model).filter((r) => r.path.endsWith('annualCost'));
    expect(rows).toEqual([
      { path: 'controls.vdi.annualCost', label: `${model.controls.vdi.label}: annual cost to add`, value: '$90.0k', source: 'Rate card' },
      { path: 'vendors[4].controls[0].annualCost', label: `Lowell Outsourcing, ${model.controls.mfa.label}: annual cost to full coverage`, value: '$30.0k', source: 'Lowell quote' },
      { path: 'vendors[4].controls[1].annualCost', label: `Lowell Outsourcing, ${model.controls.vdi.label}: annual cost to add (not held)`, value: '$80.0k', source: '' },
    ]);
  });

  it('describes each kind of parameter', () => {
    expect(describeParameter({ dist: 'uniform', min: 0.1, max: 0.3 }, 'fraction', 'USD')).toBe('uniform 10% to 30%');
    expect(describeParameter({ dist: 'lognormal', low: 200_000, high: 20_000_000 }, 'money', 'USD')).toBe('lognormal, 90% in $200k to $20.0M');
    expect(describeParameter(2.5, 'rate', 'USD')).toBe('2.5');
  });
});
