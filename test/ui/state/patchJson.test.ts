import { describe, expect, it } from 'vitest';
import { patchJson } from '../../../src/ui/state/patchJson.js';

describe('patchJson', () => {
  it('makes the target equal to the source and keeps what did not change', () => {
    const target: any = { name: 'a', vendors: [{ id: 'x', controls: ['mfa'] }, { id: 'y' }], tolerance: { loss: 1 } };
    const kept = target.vendors[0];
    const source = { name: 'b', vendors: [{ id: 'x', controls: ['mfa'] }], extra: [1, { z: 2 }] };
    expect(patchJson(target, source)).toBe(true);
    expect(target).toEqual(source);
    expect(target.vendors[0]).toBe(kept);
    source.extra[0] = 9;
    expect(target.extra[0]).toBe(1); // copies, not shared
  });

  it('grows arrays and changes a value of another kind whole', () => {
    const target: any = { a: [1], b: { c: 1 }, d: 'text' };
    patchJson(target, { a: [1, 2, 3], b: [1], d: 0.4 });
    expect(target).toEqual({ a: [1, 2, 3], b: [1], d: 0.4 });
  });

  it('refuses roots of different kinds', () => {
    expect(patchJson({}, [])).toBe(false);
    expect(patchJson([], 1)).toBe(false);
    expect(patchJson(null, {})).toBe(false);
  });

  it('drops keys the source holds as undefined, as JSON does', () => {
    const target: any = { a: 1, b: 2 };
    patchJson(target, { a: 1, b: undefined });
    expect(Object.keys(target)).toEqual(['a']);
  });
});

describe('patchJson and key order', () => {
  it('puts the keys in the source\'s order, keeping the values that did not change', () => {
    const kept = { value: 0.2 };
    const target: Record<string, unknown> = { a: kept, c: 0.3, b: 0.5 };
    expect(patchJson(target, { a: { value: 0.2 }, b: 0.5, c: 0.3 })).toBe(true);
    expect(Object.keys(target)).toEqual(['a', 'b', 'c']);
    expect(target.a).toBe(kept);
    // A renamed key back in its old place, as undoing a rename needs.
    const vectors: Record<string, unknown> = { credentials: 0.2, other: 0.1, phish: 0.7 };
    patchJson(vectors, { credentials: 0.2, phishing: 0.7, other: 0.1 });
    expect(Object.keys(vectors)).toEqual(['credentials', 'phishing', 'other']);
  });
});
