import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../../src/ui/charts/wrapLabel.js';

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('Bluepeak BPO', 14)).toEqual(['Bluepeak BPO']);
  });

  it('breaks at spaces and ends text that does not fit with an ellipsis', () => {
    expect(wrapLabel('Reference: no listed controls', 14)).toEqual(['Reference: no', 'listed…']);
    expect(wrapLabel('Reference: no listed controls', 20)).toEqual(['Reference: no listed', 'controls']);
    expect(wrapLabel('Lowell Outsourcing', 10)).toEqual(['Lowell', 'Outsourci…']);
  });

  it('cuts a word longer than a line', () => {
    expect(wrapLabel('Supercalifragilistic', 8)).toEqual(['Superca…']);
  });

  it('honours the line limit', () => {
    expect(wrapLabel('a b c d e f', 3, 2)).toEqual(['a b', 'c…']);
  });
});
