import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../../src/engine/index.js';
import {
  addControl, addEffect, newControl, newEffect, removeEffect, setEffectKind, setQuestion, setTarget, targetKind, withTarget, withTargetKind,
} from '../../../../src/ui/state/edits/index.js';
import { readJson } from '../../../helpers/fixtures.js';

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

describe('control edits on the draft', () => {
  it('adds a control under a fresh id, last, and sets its question', () => {
    const model = readJson('models/retail-bpo-2021.json');
    expect(addControl(model)).toBe('control');
    expect(addControl(model)).toBe('control2');
    expect(Object.keys(model.controls).slice(-2)).toEqual(['control', 'control2']);
    expect(model.controls.control).toEqual(newControl());
    setQuestion(model, 'control', 'access');
    expect(model.controls.control.question).toBe('access');
    setQuestion(model, 'nothing', 'access');
    expect(model.controls.nothing).toBeUndefined();
  });

  it('adds, retargets, ticks and removes effects, in the scenario\'s order of names', () => {
    const model = readJson('models/retail-bpo-2021.json');
    const id = addControl(model);
    addEffect(model, id);
    expect(model.controls[id].effects).toHaveLength(2);
    setTarget(model, id, 1, 'vectors', 'phishing', true);
    setTarget(model, id, 1, 'vectors', 'credentials', true);
    expect(model.controls[id].effects[1].vectors).toEqual(['credentials', 'phishing']);
    setTarget(model, id, 1, 'vectors', 'credentials', false);
    expect(model.controls[id].effects[1].vectors).toEqual(['phishing']);
    model.controls[id].effects[1].source = 's';
    setEffectKind(model, id, 1, 'amplifiers');
    expect(model.controls[id].effects[1]).toEqual({ amplifiers: [], reduction: 0, source: 's' });
    removeEffect(model, id, 0);
    expect(model.controls[id].effects).toEqual([{ amplifiers: [], reduction: 0, source: 's' }]);
    setTarget(model, id, 0, 'amplifiers', 'cardData', true);
    expect(validateScenario(model).ok).toBe(true);
  });

  it('gives a control without a list of effects an empty one to add to', () => {
    const json = { controls: { c: { label: 'c' } as Record<string, unknown> } };
    addEffect(json, 'c');
    expect(json.controls.c.effects).toEqual([{ vectors: [], reduction: 0 }]);
  });
});

