import { describe, expect, it } from 'vitest';
import { sourcedParts } from '../../../src/ui/analyst/sourcedParts.js';

describe('sourcedParts', () => {
  it('splits a sourced number and passes a plain one through', () => {
    expect(sourcedParts({ value: 0.2, source: 'IBM' })).toEqual({ value: 0.2, source: 'IBM' });
    expect(sourcedParts(0.2)).toEqual({ value: 0.2, source: undefined });
    expect(sourcedParts('0.2x')).toEqual({ value: '0.2x', source: undefined });
    expect(sourcedParts({ value: 0.2, source: 3 })).toEqual({ value: 0.2, source: undefined });
  });
});
