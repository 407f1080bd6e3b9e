import { describe, expect, it } from 'vitest';
import { sameJson } from '../../../src/ui/state/sameJson.js';
import { sourceEdited } from '../../../src/ui/state/sourceEdited.js';
import { readJson } from '../../helpers/fixtures.js';

describe('sameJson', () => {
  it('compares data, not key order', () => {
    expect(sameJson({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({ a: 1 }, { a: '1' })).toBe(false);
    expect(sameJson({ a: [] }, { a: {} })).toBe(false);
    expect(sameJson(null, {})).toBe(false);
    expect(sameJson({ a: { b: 1 } }, { a: { b: 1, c: 2 } })).toBe(false);
  });
});

describe('sourceEdited', () => {
  const loaded = readJson('models/retail-bpo-2021.json');
  const edit = (change: (json: any) => void) => {
    const json = structuredClone(loaded);
    change(json);
    return json;
  };

  it('is false for every source of the scenario as loaded', () => {
    const paths = [['frequency'], ['frequency', 'annualIncidence'], ['magnitude'], ['magnitude', 'perBreach'], ['vendors', 1, 'annualPrice'], ['controls', 'mfa', 'effects', 0, 'reduction']];
    for (const path of paths) expect(sourceEdited(loaded, loaded, path), path.join('.')).toBe(false);
  });

  it('marks the source of a { value, source } whose value changed, and its section', () => {
    const json = edit((j) => (j.frequency.annualIncidence.value = 0.5));
    expect(sourceEdited(json, loaded, ['frequency', 'annualIncidence'])).toBe(true);
    expect(sourceEdited(json, loaded, ['frequency'])).toBe(true);
    expect(sourceEdited(json, loaded, ['frequency', 'channelShare'])).toBe(false);
    expect(sourceEdited(json, loaded, ['magnitude'])).toBe(false);
  });

  it('marks a distribution whose parameter or kind changed, and its section ("mean set so that ... = $9.05M")', () => {
    const json = edit((j) => (j.magnitude.perBreach.sigma = 1.2));
    expect(sourceEdited(json, loaded, ['magnitude', 'perBreach'])).toBe(true);
    expect(sourceEdited(json, loaded, ['magnitude'])).toBe(true);
    const kind = edit((j) => (j.magnitude.perBreach = { dist: 'lognormal', median: 1.1e6, sigma: 1.7, source: j.magnitude.perBreach.source }));
    expect(sourceEdited(kind, loaded, ['magnitude', 'perBreach'])).toBe(true);
  });

  it('ignores the source itself and the order of keys', () => {
    const json = edit((j) => {
      j.magnitude.perBreach.source = 'another source';
      j.frequency.annualIncidence = { source: j.frequency.annualIncidence.source, value: 0.39 };
    });
    expect(sourceEdited(json, loaded, ['magnitude', 'perBreach'])).toBe(false);
    expect(sourceEdited(json, loaded, ['frequency', 'annualIncidence'])).toBe(false);
  });

  it('marks a vendor, control or effect when anything inside it changed', () => {
    const json = edit((j) => {
      j.vendors[3].controls.splice(1, 1);
      j.controls.vdi.effects[1].reduction.mode = 0.6;
    });
    expect(sourceEdited(json, loaded, ['vendors', 3])).toBe(true);
    expect(sourceEdited(json, loaded, ['vendors', 3, 'annualPrice'])).toBe(false);
    expect(sourceEdited(json, loaded, ['controls', 'vdi'])).toBe(true);
    expect(sourceEdited(json, loaded, ['controls', 'vdi', 'effects', 1])).toBe(true);
    expect(sourceEdited(json, loaded, ['controls', 'vdi', 'effects', 0])).toBe(false);
  });

  it('marks what the baseline does not have', () => {
    const json = edit((j) => j.vendors.push({ id: 'vendor-6', name: 'New vendor', annualPrice: '', controls: [], source: 'x' }));
    expect(sourceEdited(json, loaded, ['vendors', 5])).toBe(true);
  });

  it('follows a vendor by its id: removing one vendor marks no other', () => {
    const json = edit((j) => j.vendors.splice(1, 1));
    for (let v = 0; v < json.vendors.length; v++) {
      expect(sourceEdited(json, loaded, ['vendors', v]), json.vendors[v].id).toBe(false);
      expect(sourceEdited(json, loaded, ['vendors', v, 'annualPrice'])).toBe(false);
    }
  });
});
