import { describe, expect, it } from 'vitest';
import * as pathAccess from '../../../src/ui/analyst/pathAccess.js';
import { getAt } from '../../../src/ui/state/draftJson.js';
import { setAt, writeParam } from '../../../src/ui/state/edits/index.js';

describe('sourcedParts', () => {
  it('splits a sourced number and passes a plain one through', () => {
    expect(pathAccess.sourcedParts({ value: 0.2, source: 'IBM' })).toEqual({ value: 0.2, source: 'IBM' });
    expect(pathAccess.sourcedParts(0.2)).toEqual({ value: 0.2, source: undefined });
    expect(pathAccess.sourcedParts('0.2x')).toEqual({ value: '0.2x', source: undefined });
    expect(pathAccess.sourcedParts({ value: 0.2, source: 3 })).toEqual({ value: 0.2, source: undefined });
  });

  it('gives the fields the draft\'s own reading and path edits', () => {
    expect(pathAccess.getAt).toBe(getAt);
    expect(pathAccess.setAt).toBe(setAt);
    expect(pathAccess.writeParam).toBe(writeParam);
  });
});
