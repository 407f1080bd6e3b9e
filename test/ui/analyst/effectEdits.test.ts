import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/engine/index.js';
import { newControl, newEffect, targetKind, withTarget, withTargetKind } from '../../../src/ui/analyst/effectEdits.js';
import { readJson } from '../../helpers/fixtures.js';

describe('effect edits', () => {
  it('reads and changes the kind an effect targets, keeping its reduction and source', () => {
    expect(targetKind({ amplifiers: ['cardData'], reduction: 0.5 })).toBe('amplifiers');
    expect(targetKind({ reduction: 0.5 })).toBeUndefined();
    expect(withTargetKind({ vectors: ['phishing'], reduction: 0.5, source: 's' }, 'amplifiers')).toEqual({ amplifiers: [], reduction: 0.5, source: 's' });
  });

  it('ticks names in the scenario\'s order, keeping undefined ones after', () => {
    expect(withTarget(['phishing'], 'credentials', true, ['credentials', 'phishing', 'other'])).toEqual(['credentials', 'phishing']);
    expect(withTarget(['credentials', 'phishing'], 'credentials', false, ['credentials', 'phishing'])).toEqual(['phishing']);
    expect(withTarget(['ghost', 'phishing'], 'credentials', true, ['credentials', 'phishing'])).toEqual(['credentials', 'phishing', 'ghost']);
    expect(withTarget(undefined, 'a', true, ['a'])).toEqual(['a']);
  });

  it('adds a control that the engine reports only for its empty target list', () => {
    const model = readJson('models/retail-bpo-2021.json');
    model.controls.newControl = newControl();
    const result = validateScenario(model);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['controls.newControl.effects[0].vectors']);
    model.controls.newControl.effects[0].vectors = ['phishing'];
    expect(validateScenario(model).ok).toBe(true);
    expect(newEffect('components')).toEqual({ components: [], reduction: 0 });
  });
});
