import type { ValueOfInformation } from '../../engine/index.js';

/** One uncertain input's bar of the value of information. */
export interface InformationRow {
  input: string;
  label: string;
  evppi: number;
  bias: number;
  /** True when the estimate is no larger than its noise bound: indistinguishable from 0. */
  withinNoise: boolean;
}

/**
 * The value of information's bars, in the engine's order (the largest first), each marked
 * when its estimate is within its bias bound; and the axis they need, up to the EVPI
 * (which bounds every EVPPI) or the largest bias, whichever is larger.
 *
 * @example
 * informationRows(voi).rows[0]; // { input: 'effect:piiRedaction:0', evppi: 15272, bias: 1756, withinNoise: false, ... }
 */
export function informationRows(voi: ValueOfInformation): { rows: InformationRow[]; max: number } {
  const rows = voi.inputs.map((i) => ({ input: i.input, label: i.label, evppi: i.evppi, bias: i.bias, withinNoise: i.withinNoise }));
  const max = Math.max(1, voi.evpi, ...rows.map((r) => Math.max(r.evppi, r.bias)));
  return { rows, max };
}
