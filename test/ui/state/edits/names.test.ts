import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../../src/engine/index.js';
import type { DraftObject } from '../../../../src/ui/state/draftJson.js';
import { addFreshName, addName, freshName, removeName, renameName, renameProblem, withoutKey, withRenamedKey } from '../../../../src/ui/state/edits/index.js';
import { readJson } from '../../../helpers/fixtures.js';

describe('withRenamedKey and withoutKey', () => {
  it('keep the order of the keys, the new key in the old one\'s place', () => {
    const m = withRenamedKey({ a: 1, b: 2, c: 3 }, 'b', 'x');
    expect(Object.keys(m)).toEqual(['a', 'x', 'c']);
    expect(m).toEqual({ a: 1, x: 2, c: 3 });
    expect(Object.keys(withRenamedKey(m, 'a', 'z'))).toEqual(['z', 'x', 'c']);
    expect(Object.keys(withoutKey({ a: 1, b: 2, c: 3 }, 'b'))).toEqual(['a', 'c']);
  });

  it('add a name last, replacing the map whole', () => {
    const json = { frequency: { vectors: { a: 0.5, b: 0.25, c: 0.25 } } };
    const before = json.frequency.vectors;
    removeName(json, 'vectors', 'a');
    addName(json, 'vectors', 'a', 0.5);
    expect(Object.keys(json.frequency.vectors)).toEqual(['b', 'c', 'a']);
    expect(json.frequency.vectors).not.toBe(before);
  });

  it('drop an emptied map when asked (cost components), keep it otherwise', () => {
    const json: DraftObject = { magnitude: { components: { a: 1 }, amplifiers: { x: {} } } };
    removeName(json, 'components', 'a', true);
    removeName(json, 'amplifiers', 'x');
    expect(json.magnitude).toEqual({ amplifiers: {} });
  });
});

describe('renameName', () => {
  it('renames a vector in every effect that targets it, keeping the vectors\' order', () => {
    const model = readJson('models/retail-bpo-2021.json');
    const order = Object.keys(model.frequency.vectors);
    expect(renameName(model, 'vectors', 'phishing', 'spearPhishing')).toBeUndefined();
    expect(Object.keys(model.frequency.vectors)).toEqual(order.map((k) => (k === 'phishing' ? 'spearPhishing' : k)));
    expect(model.controls.mfa.effects[0].vectors).toEqual(['credentials', 'spearPhishing']);
    expect(validateScenario(model).ok).toBe(true);
  });

  it('renames a component and an amplifier in the effects', () => {
    const model = readJson('models/retail-bpo-2021.json');
    renameName(model, 'components', 'lostBusiness', 'churn');
    renameName(model, 'amplifiers', 'remoteWork', 'remote');
    expect(Object.keys(model.magnitude.components)).toEqual(['detection', 'notification', 'response', 'churn']);
    expect(model.controls.piiRedaction.effects[0].components).toEqual(['notification', 'churn']);
    expect(Object.keys(model.magnitude.amplifiers)).toEqual(['remote', 'cardData', 'complianceFailures']);
    expect(model.controls.vdi.effects[1].amplifiers).toEqual(['remote']);
    expect(model.controls.vpn.effects[0].amplifiers).toEqual(['remote']);
    expect(validateScenario(model).ok).toBe(true);
  });

  it('renames a control in every vendor that lists it, bare or with a coverage', () => {
    const model = readJson('models/retail-bpo-2021.json');
    renameName(model, 'controls', 'mfa', 'twoFactor');
    expect(Object.keys(model.controls)[4]).toBe('twoFactor');
    expect(model.vendors[2].controls).toEqual(['pciDss', 'secureIvr', 'twoFactor', 'vpn']);
    expect(model.vendors[3].controls[1]).toEqual({ id: 'twoFactor', coverage: 0.6 });
    expect(validateScenario(model).ok).toBe(true);
  });

  it('refuses an existing or empty name and changes nothing', () => {
    const model = readJson('models/retail-bpo-2021.json');
    const before = JSON.stringify(model);
    expect(renameName(model, 'vectors', 'phishing', 'credentials')).toBe('"credentials" is already a name here');
    expect(renameName(model, 'controls', 'mfa', '')).toBe('a name cannot be empty');
    expect(renameName(model, 'controls', 'mfa', '  ')).toBe('a name cannot be empty');
    expect(renameName(model, 'amplifiers', 'cardData', '__proto__')).toMatch(/reserved/);
    expect(renameName(model, 'vectors', 'nothing', 'x')).toMatch(/no vectors/);
    expect(renameName(model, 'vectors', 'phishing', 'phishing')).toBeUndefined();
    expect(JSON.stringify(model)).toBe(before);
  });

  it('explains problems', () => {
    expect(renameProblem(['a', 'b'], 'a', 'b')).toBe('"b" is already a name here');
    expect(renameProblem(['a'], 'a', ' a')).toMatch(/space/);
    expect(renameProblem(['a'], 'a', 'c')).toBeUndefined();
  });
});

describe('removeName', () => {
  it('removes a control from every vendor', () => {
    const model = readJson('models/retail-bpo-2021.json');
    removeName(model, 'controls', 'mfa');
    expect(model.controls.mfa).toBeUndefined();
    expect(model.vendors.some((v: { controls: unknown[] }) => JSON.stringify(v.controls).includes('"mfa"'))).toBe(false);
    expect(validateScenario(model).ok).toBe(true);
  });

  it('removes a vector from the effects\' targets', () => {
    const model = readJson('models/retail-bpo-2021.json');
    model.frequency.vectors.other.value += 0.17;
    removeName(model, 'vectors', 'phishing');
    expect(model.controls.mfa.effects[0].vectors).toEqual(['credentials']);
    expect(validateScenario(model).ok).toBe(true);
  });
});

describe('freshName', () => {
  it('numbers past taken names', () => {
    expect(freshName({}, 'vector')).toBe('vector');
    expect(freshName({ vector: 1, vector2: 1 }, 'vector')).toBe('vector3');
    expect(freshName(undefined, 'control')).toBe('control');
  });

  it('adds under a fresh name, last, and says which', () => {
    const json = { magnitude: { amplifiers: { amplifier: {} } } };
    expect(addFreshName(json, 'amplifiers', 'amplifier', { label: 'x' })).toBe('amplifier2');
    expect(Object.keys(json.magnitude.amplifiers)).toEqual(['amplifier', 'amplifier2']);
    expect(addFreshName({ magnitude: {} }, 'components', 'component', 1)).toBe('component');
  });
});
