import { describe, expect, it } from 'vitest';
import type { ValueOfInformation } from '../../../src/engine/index.js';
import { informationRows } from '../../../src/ui/decisions/informationRows.js';

const voi = (evpi: number, inputs: [number, number][]): ValueOfInformation => ({
  chosen: 'a', evpi, evpiStandardError: 1, bins: 50, plainInputs: ['perBreach'],
  inputs: inputs.map(([evppi, bias], i) => ({ input: `in${i}`, label: `Input ${i}`, evppi, bias, withinNoise: i > 0 })),
});

describe('informationRows', () => {
  it("keeps the engine order and its marks of estimates within their bias bound", () => {
    const { rows } = informationRows(voi(200, [[150, 20], [20, 20], [3, 20]]));
    expect(rows.map((r) => [r.input, r.withinNoise])).toEqual([['in0', false], ['in1', true], ['in2', true]]);
  });
  it('takes an axis up to the EVPI, or the largest bias when that is larger', () => {
    expect(informationRows(voi(200, [[150, 20]])).max).toBe(200);
    expect(informationRows(voi(10, [[5, 30]])).max).toBe(30);
    expect(informationRows(voi(0, [])).max).toBe(1);
  });
});
