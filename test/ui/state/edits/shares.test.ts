import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../../src/engine/index.js';
import type { DraftObject } from '../../../../src/ui/state/draftJson.js';
import { addShare, removeShare, rescaleRest, rescaleShares } from '../../../../src/ui/state/edits/index.js';
import { readJson } from '../../../helpers/fixtures.js';

describe('rescaleRest', () => {
  it('scales the others so the total is 1, keeping the one edited and each share\'s form', () => {
    const m: DraftObject = { a: 0.6, b: { value: 0.25, source: 's' }, c: 0.25 };
    expect(rescaleRest(m, 'a')).toBe(true);
    expect(m).toEqual({ a: 0.6, b: { value: 0.2, source: 's' }, c: 0.2 });
  });

  it('mends the default model\'s vectors after one is edited, to within the engine\'s tolerance', () => {
    const model = readJson('models/retail-bpo-2021.json');
    model.frequency.vectors.credentials.value = 0.3;
    expect(validateScenario(model).ok).toBe(false);
    expect(rescaleRest(model.frequency.vectors, 'credentials')).toBe(true);
    expect(model.frequency.vectors.credentials.value).toBe(0.3);
    expect(validateScenario(model).ok).toBe(true);
  });

  it('refuses what it cannot scale', () => {
    expect(rescaleRest({ a: 0.5, b: 'x' }, 'a')).toBe(false);
    expect(rescaleRest({ a: 1.2, b: 0.1 }, 'a')).toBe(false);
    expect(rescaleRest({ a: 0.5, b: 0 }, 'a')).toBe(false);
    const single = { a: 0.4 };
    expect(rescaleRest(single, 'a')).toBe(true);
    expect(single).toEqual({ a: 1 });
  });
});

describe('share edits on the draft', () => {
  it('add a share of 0 beside the others, or 1 as the first', () => {
    const model = readJson('models/retail-bpo-2021.json');
    expect(addShare(model, 'vectors')).toBe('vector');
    expect(addShare(model, 'vectors')).toBe('vector2');
    expect(model.frequency.vectors.vector).toBe(0);
    expect(Object.keys(model.frequency.vectors).slice(-2)).toEqual(['vector', 'vector2']);
    const bare = { magnitude: {} as DraftObject };
    expect(addShare(bare, 'components')).toBe('component');
    expect(bare.magnitude).toEqual({ components: { component: 1 } });
  });

  it('remove a share with its uses; the last cost component takes the map with it', () => {
    const json = { magnitude: { components: { a: 1 } }, controls: { c: { effects: [{ components: ['a'], reduction: 0.5 }] } } };
    removeShare(json, 'components', 'a');
    expect(json.magnitude).toEqual({});
    expect(json.controls.c.effects[0].components).toEqual([]);
    const vectors = { frequency: { vectors: { a: 1 } } };
    removeShare(vectors, 'vectors', 'a');
    expect(vectors.frequency).toEqual({ vectors: {} });
  });

  it('rescale the map of the kind named, false when there is none', () => {
    const model = readJson('models/retail-bpo-2021.json');
    model.frequency.vectors.credentials.value = 0.3;
    expect(rescaleShares(model, 'vectors', 'credentials')).toBe(true);
    expect(validateScenario(model).ok).toBe(true);
    expect(rescaleShares({ magnitude: {} }, 'components', 'a')).toBe(false);
  });
});
