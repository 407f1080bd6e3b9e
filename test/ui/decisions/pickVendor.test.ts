import { describe, expect, it } from 'vitest';
import { pickVendor } from '../../../src/ui/decisions/pickVendor.js';

describe('pickVendor', () => {
  it('keeps the choice while it is offered, else takes the first', () => {
    expect(pickVendor('harbor', ['bluepeak', 'harbor'])).toBe('harbor');
    expect(pickVendor('gone', ['bluepeak', 'harbor'])).toBe('bluepeak');
    expect(pickVendor(undefined, ['bluepeak'])).toBe('bluepeak');
    expect(pickVendor(undefined, [])).toBe('');
  });
});
