import { describe, expect, it } from 'vitest';
import { headroomLabel } from '../../../src/ui/decisions/headroomLabel.js';

describe('headroomLabel', () => {
  it('puts the figure across the zero line when it fits there', () => {
    expect(headroomLabel(300, 100, 400, 50)).toEqual({ x: 305, anchor: 'start', inside: false });
    expect(headroomLabel(300, 320, 400, 50)).toEqual({ x: 295, anchor: 'end', inside: false });
  });
  it('else just past the bar end, else inside the bar', () => {
    expect(headroomLabel(0, 200, 400, 50)).toEqual({ x: 205, anchor: 'start', inside: false });
    expect(headroomLabel(0, 380, 400, 50)).toEqual({ x: 375, anchor: 'end', inside: true });
    expect(headroomLabel(400, 10, 400, 50)).toEqual({ x: 15, anchor: 'start', inside: true });
  });
});
