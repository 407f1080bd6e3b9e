import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/engine/index.js';
import { concernsParam, effectTargets, errorLines, relativePath } from '../../../src/ui/analyst/errorLines.js';
import { readJson } from '../../helpers/fixtures.js';

describe('errorLines', () => {
  it('prefixes errors inside the field with where they are', () => {
    expect(errorLines('controls.mfa.effects[0].reduction', [
      { path: 'controls.mfa.effects[0].reduction.mode', message: 'expected a number, got "abc"' },
      { path: 'controls.mfa.effects[0].reduction', message: 'pert: mode must lie in [min, max]' },
    ])).toEqual(['mode: expected a number, got "abc"', 'pert: mode must lie in [min, max]']);
  });

  it('gives the engine\'s message for text typed into a sourced share, unprefixed', () => {
    const model = readJson('models/retail-bpo-2021.json');
    model.frequency.vectors.credentials.value = '0.2x';
    const result = validateScenario(model);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const within = result.errors.filter((e) => e.path.startsWith('frequency.vectors.credentials'));
    expect(errorLines('frequency.vectors.credentials', within)).toEqual(['expected a number, got "0.2x"']);
  });
});

describe('relativePath and concernsParam', () => {
  it('strips the base', () => {
    expect(relativePath('vendors[2]', 'vendors[2].controls[0]')).toBe('controls[0]');
    expect(relativePath('vendors[2]', 'vendors[2]')).toBe('');
  });

  it('ties an error to its parameter, or to all for the whole distribution', () => {
    const params = ['min', 'mode', 'max'];
    expect(concernsParam('r', 'r.mode', 'mode', params)).toBe(true);
    expect(concernsParam('r', 'r.min', 'mode', params)).toBe(false);
    expect(concernsParam('r', 'r', 'mode', params)).toBe(true);
    expect(concernsParam('r', 'r.dist', 'mode', params)).toBe(true);
  });
});

describe('effectTargets', () => {
  it('lists what an effect acts on', () => {
    expect(effectTargets({ vectors: ['credentials', 'phishing'], reduction: 0.5 })).toBe('vectors: credentials, phishing');
    expect(effectTargets({ amplifiers: ['cardData'] })).toBe('amplifiers: cardData');
    expect(effectTargets({ vectors: ['a'], components: ['b'] })).toBe('vectors: a; components: b');
    expect(effectTargets({})).toBe('no target');
    expect(effectTargets(null)).toBe('no target');
  });
});
