import { describe, expect, it } from 'vitest';
import { setAt, writeParam } from '../../../../src/ui/state/edits/index.js';

describe('setAt', () => {
  const json = () => ({ vendors: [{ id: 'a', annualPrice: { value: 1, source: 's' } }], controls: { 'pci-dss': { label: 'x' } } });

  it('writes in place, and refuses a missing parent with its path', () => {
    const j = json();
    setAt(j, ['vendors', 0, 'id'], 'b');
    expect(j.vendors[0].id).toBe('b');
    expect(() => setAt(j, ['vendors', 4, 'id'], 'c')).toThrow('no object at vendors[4]');
    expect(() => setAt(j, [], 1)).toThrow(RangeError);
  });
});

describe('writeParam', () => {
  it('keeps a sourced number in its shape, changing only value', () => {
    const j = { share: { value: 0.2, source: 'IBM 2021' } };
    writeParam(j, ['share'], 'value', 0.25);
    expect(j).toEqual({ share: { value: 0.25, source: 'IBM 2021' } });
    writeParam(j, ['share'], 'value', '0.4x');
    expect(j).toEqual({ share: { value: '0.4x', source: 'IBM 2021' } });
  });

  it('replaces a plain number, and sets one parameter of a distribution', () => {
    const j: Record<string, unknown> = { x: 1, d: { dist: 'pert', min: 0, mode: 1, max: 2 } };
    writeParam(j, ['x'], 'value', 'abc');
    writeParam(j, ['d'], 'mode', 1.5);
    expect(j).toEqual({ x: 'abc', d: { dist: 'pert', min: 0, mode: 1.5, max: 2 } });
  });
});
