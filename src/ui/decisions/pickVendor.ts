/**
 * The vendor a picker shows: the one chosen, while it is still among the choices, else the first.
 *
 * @example
 * pickVendor('harbor', ['bluepeak', 'harbor']); // 'harbor'
 * pickVendor('gone', ['bluepeak', 'harbor']); // 'bluepeak'
 */
export function pickVendor(chosen: string | undefined, ids: readonly string[]): string {
  return chosen !== undefined && ids.includes(chosen) ? chosen : ids[0] ?? '';
}
