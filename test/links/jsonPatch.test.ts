import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyPatch, diffJson, PatchError, type Json } from '../../src/links/index.js';
import { readJson } from '../helpers/fixtures.js';

describe('diffJson and applyPatch', () => {
  it('apply(base, diff(base, target)) is target, key order included, for any JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
      const result = applyPatch(a as Json, diffJson(a as Json, b as Json));
      expect(JSON.stringify(result)).toBe(JSON.stringify(b));
    }), { numRuns: 500, seed: 11 });
  });

  it('on edits of the default model: small changes, exact round trips, the base left alone', () => {
    const base = readJson('models/retail-bpo-2021.json') as Json;
    const before = JSON.stringify(base);
    const target = readJson('models/retail-bpo-2021.json');
    target.frequency.annualIncidence.value = 0.45;
    target.vendors.splice(3, 1);
    target.vendors.push({ id: 'v6', name: 'New', annualPrice: '12x', controls: ['mfa'] }); // a draft with an error
    target.frequency.vectors = { other: 0.12, ...target.frequency.vectors }; // reordered keys: set whole
    const ops = diffJson(base, target);
    expect(JSON.stringify(applyPatch(base, ops))).toBe(JSON.stringify(target));
    expect(JSON.stringify(base)).toBe(before);
    expect(ops.find((op) => op[1].join('.') === 'frequency.annualIncidence.value')).toEqual(['s', ['frequency', 'annualIncidence', 'value'], 0.45]);
  });

  it('refuses changes that do not fit, and never writes to a prototype', () => {
    expect(() => applyPatch({ a: 1 }, [['s', ['b', 'c'], 1]])).toThrow(PatchError);
    expect(() => applyPatch({ a: [1] }, [['s', ['a', 5], 1]])).toThrow(/outside the array/);
    expect(() => applyPatch({ a: 1 }, [['x', ['a'], 1]])).toThrow(/unknown kind/);
    expect(() => applyPatch({ a: 1 }, ['not a change'])).toThrow(/not a change/);
    const polluted = applyPatch({ a: {} }, [['s', ['a', '__proto__'], { polluted: true }]]) as any;
    expect(Object.hasOwn(polluted.a, '__proto__')).toBe(true);
    expect(({} as any).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(polluted.a)).toBe(Object.prototype);
  });
});
