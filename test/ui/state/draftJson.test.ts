import { describe, expect, it } from 'vitest';
import { asDraft, getAt, isRecord, plain, recordEntries, recordsOf } from '../../../src/ui/state/draftJson.js';

describe('getAt', () => {
  const json = () => ({ vendors: [{ id: 'a', annualPrice: { value: 1, source: 's' } }], controls: { 'pci-dss': { label: 'x' } } });

  it('reads through objects and arrays, undefined past a missing step', () => {
    expect(getAt(json(), ['vendors', 0, 'id'])).toBe('a');
    expect(getAt(json(), ['controls', 'pci-dss', 'label'])).toBe('x');
    expect(getAt(json(), ['vendors', 3, 'id'])).toBeUndefined();
    expect(getAt(json(), ['vendors', 0, 'id', 'length', 'x'])).toBeUndefined();
    expect(getAt(json(), [])).toEqual(json());
  });
});

describe('narrowing the draft', () => {
  it('tells objects from lists, null and values', () => {
    expect(isRecord({ id: 'a' })).toBe(true);
    expect(isRecord([])).toBe(false);
    expect(isRecord(null)).toBe(false);
    expect(isRecord('a')).toBe(false);
    expect(isRecord(undefined)).toBe(false);
  });

  it('keeps the objects of a list, in order, none from what is not a list', () => {
    expect(recordsOf([{ id: 'a' }, 'b', null, [1], { id: 'c' }])).toEqual([{ id: 'a' }, { id: 'c' }]);
    expect(recordsOf('vendors')).toEqual([]);
    expect(recordsOf(undefined)).toEqual([]);
  });

  it('keeps the entries whose values are objects, in order', () => {
    expect(recordEntries({ mfa: { label: 'MFA' }, broken: 3, vpn: {} })).toEqual([['mfa', { label: 'MFA' }], ['vpn', {}]]);
    expect(recordEntries([{ a: 1 }, 2])).toEqual([['0', { a: 1 }]]);
    expect(recordEntries(null)).toEqual([]);
    expect(recordEntries('x')).toEqual([]);
  });

  it('copies JSON in its key order, and reads JSON as a draft unchanged', () => {
    const value = { b: 1, a: [2, { c: null }] };
    const copy = plain(value);
    expect(copy).toEqual(value);
    expect(copy).not.toBe(value);
    expect(Object.keys(copy)).toEqual(['b', 'a']);
    expect(plain(undefined)).toBeUndefined();
    const parsed: unknown = JSON.parse('[1, 2]');
    expect(asDraft(parsed)).toBe(parsed);
  });
});
