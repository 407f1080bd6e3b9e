/**
 * Where a headroom bar's figure goes: across the zero line from the bar when there is room
 * (`textWidth` pixels), else just past the bar's end, else inside the bar at its end.
 * `zero` and `end` are pixel positions in [0, width].
 *
 * @example
 * headroomLabel(300, 100, 400, 50); // { x: 305, anchor: 'start', inside: false } (a cut: the figure right of 0)
 * headroomLabel(0, 200, 400, 50); // { x: 205, anchor: 'start', inside: false } (no room left of 0: past the end)
 */
export function headroomLabel(zero: number, end: number, width: number, textWidth: number): { x: number; anchor: 'start' | 'end'; inside: boolean } {
  const GAP = 5;
  const right = end >= zero;
  if (right ? zero - GAP - textWidth >= 0 : zero + GAP + textWidth <= width) return { x: right ? zero - GAP : zero + GAP, anchor: right ? 'end' : 'start', inside: false };
  if (right ? end + GAP + textWidth <= width : end - GAP - textWidth >= 0) return { x: right ? end + GAP : end - GAP, anchor: right ? 'start' : 'end', inside: false };
  return { x: right ? end - GAP : end + GAP, anchor: right ? 'end' : 'start', inside: true };
}
