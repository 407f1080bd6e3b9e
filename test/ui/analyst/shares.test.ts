import { describe, expect, it } from 'vitest';
import { humanize, shareTotal } from '../../../src/ui/analyst/shares.js';
import { readJson } from '../../helpers/fixtures.js';

describe('shareTotal', () => {
  it('sums plain and sourced shares', () => {
    expect(shareTotal({ a: { value: 0.2, source: 's' }, b: 0.7 })).toEqual({ total: 0.9, complete: true });
  });

  it('gives exactly 1 for the default model, whose vector and component shares sum to 1', () => {
    const model = readJson('models/retail-bpo-2021.json');
    expect(shareTotal(model.frequency.vectors)).toEqual({ total: 1, complete: true });
    expect(shareTotal(model.magnitude.components)).toEqual({ total: 1, complete: true });
  });

  it('leaves out text being typed and says so', () => {
    expect(shareTotal({ a: 0.5, b: '0.5x', c: { value: 'x' } })).toEqual({ total: 0.5, complete: false });
    expect(shareTotal(undefined)).toEqual({ total: 0, complete: false });
    expect(shareTotal({})).toEqual({ total: 0, complete: true });
  });
});

describe('humanize', () => {
  it('splits camelCase and dashes', () => {
    expect(humanize('businessEmailCompromise')).toBe('Business email compromise');
    expect(humanize('lostBusiness')).toBe('Lost business');
    expect(humanize('other')).toBe('Other');
    expect(humanize('remote-agents')).toBe('Remote agents');
  });
});
