import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_TRIALS, validateScenario } from '../../../../src/engine/index.js';
import { DEFAULT_RELATIVE_STANDARD_ERROR, setStopAt, setStopAtLimit } from '../../../../src/ui/state/edits/stopAt.js';
import { readJson } from '../../../helpers/fixtures.js';

const pathsOf = (json: unknown) => {
  const result = validateScenario(json);
  return result.ok ? [] : result.errors.map((e) => e.path);
};

describe('run until precise', () => {
  it('adds a valid rule of 0.1% and removes it', () => {
    const model = readJson('models/retail-bpo-2021.json');
    setStopAt(model, true);
    expect(model.simulation.stopAt).toEqual({ relativeStandardError: DEFAULT_RELATIVE_STANDARD_ERROR });
    expect(DEFAULT_RELATIVE_STANDARD_ERROR).toBe(0.001);
    expect(pathsOf(model)).toEqual([]);
    setStopAt(model, false);
    expect('stopAt' in model.simulation).toBe(false);
    expect(pathsOf(model)).toEqual([]);
  });

  it('keeps a rule already there when turned on again', () => {
    const model = readJson('models/retail-bpo-2021.json');
    model.simulation.stopAt = { relativeStandardError: 0.005, maxTrials: 1_000_000 };
    setStopAt(model, true);
    expect(model.simulation.stopAt).toEqual({ relativeStandardError: 0.005, maxTrials: 1_000_000 });
  });

  it('writes the limits as typed, and a blank one goes back to its default', () => {
    const model = readJson('models/retail-bpo-2021.json');
    setStopAt(model, true);
    setStopAtLimit(model, 'minTrials', 200_000);
    setStopAtLimit(model, 'maxTrials', '2e6x');
    expect(model.simulation.stopAt).toEqual({ relativeStandardError: 0.001, minTrials: 200_000, maxTrials: '2e6x' });
    expect(pathsOf(model)).toEqual(['simulation.stopAt.maxTrials']);
    setStopAtLimit(model, 'maxTrials', ' ');
    expect('maxTrials' in model.simulation.stopAt).toBe(false);
    expect(pathsOf(model)).toEqual([]);
  });

  it('lets the engine name the field of a rule that cannot hold (least above most)', () => {
    const model = readJson('models/retail-bpo-2021.json');
    setStopAt(model, true);
    setStopAtLimit(model, 'maxTrials', DEFAULT_MIN_TRIALS / 2);
    expect(pathsOf(model)).toEqual(['simulation.stopAt.maxTrials']);
    setStopAtLimit(model, 'minTrials', DEFAULT_MIN_TRIALS);
    expect(pathsOf(model)).toEqual(['simulation.stopAt.minTrials']);
  });

  it('changes nothing without a simulation block or a rule', () => {
    const bare: Record<string, unknown> = { name: 'x' };
    setStopAt(bare, true);
    setStopAtLimit(bare, 'minTrials', 5);
    expect(bare).toEqual({ name: 'x' });
    const noRule = { simulation: { trials: 1 } };
    setStopAtLimit(noRule, 'minTrials', 5);
    expect(noRule).toEqual({ simulation: { trials: 1 } });
  });
});
