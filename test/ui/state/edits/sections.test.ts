import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../../src/engine/index.js';
import { addAmplifier, addTolerance, removeTolerance, setFrequencyMode, setScenarioName, setTolerance } from '../../../../src/ui/state/edits/index.js';
import { readJson } from '../../../helpers/fixtures.js';

const model = () => readJson('models/retail-bpo-2021.json');

describe('addAmplifier', () => {
  it('adds one under a fresh name, last, with no chance and no amount yet: a valid scenario', () => {
    const m = model();
    expect(addAmplifier(m)).toBe('amplifier');
    expect(addAmplifier(m)).toBe('amplifier2');
    expect(m.magnitude.amplifiers.amplifier2).toEqual({ label: 'New amplifier', probability: 0, amount: 0 });
    expect(Object.keys(m.magnitude.amplifiers).slice(-2)).toEqual(['amplifier', 'amplifier2']);
    expect(validateScenario(m).ok).toBe(true);
  });
});

describe('the tolerance', () => {
  it('is added as the default one, moved keeping its source, and removed', () => {
    const m = model();
    delete m.tolerance;
    addTolerance(m);
    expect(m.tolerance).toEqual({ loss: 5_000_000, probability: 0.05 });
    m.tolerance.source = 'board, 2026';
    setTolerance(m, { loss: 2e7, probability: 0.01 });
    expect(m.tolerance).toEqual({ loss: 2e7, probability: 0.01, source: 'board, 2026' });
    expect(validateScenario(m).ok).toBe(true);
    removeTolerance(m);
    expect(Object.hasOwn(m, 'tolerance')).toBe(false);
  });

  it('is set whole when what is there is no object, and never on a draft that is not one', () => {
    const json: Record<string, unknown> = { tolerance: 5 };
    setTolerance(json, { loss: 1, probability: 0.5 });
    expect(json.tolerance).toEqual({ loss: 1, probability: 0.5 });
    const list = [1, 2];
    addTolerance(list);
    setTolerance(list, { loss: 1, probability: 0.5 });
    expect(list).toEqual([1, 2]);
  });
});

describe('setFrequencyMode', () => {
  it('converts the incidence into a rate and back, in place of the block', () => {
    const m = model();
    setFrequencyMode(m, 'rate');
    expect(m.frequency.annualIncidence).toBeUndefined();
    expect(m.frequency.annualRate.value).toBeCloseTo(-Math.log(1 - 0.39), 4);
    expect(validateScenario(m).ok).toBe(true);
    setFrequencyMode(m, 'incidence');
    expect(m.frequency.annualIncidence.value).toBeCloseTo(0.39, 4);
  });

  it('gives a block with neither the one asked for, at 0', () => {
    const json = { frequency: { vectors: {} } as Record<string, unknown> };
    setFrequencyMode(json, 'rate');
    expect(json.frequency).toEqual({ vectors: {}, annualRate: 0 });
  });
});

describe('setScenarioName', () => {
  it('names the scenario, false when it already has the name or is no object', () => {
    const m = model();
    expect(setScenarioName(m, 'Mine')).toBe(true);
    expect(m.name).toBe('Mine');
    expect(setScenarioName(m, 'Mine')).toBe(false);
    expect(setScenarioName([1], 'Mine')).toBe(false);
  });
});
