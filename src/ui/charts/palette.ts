/**
 * The vendors' colours. Six hues that say nothing of good or bad (blue, amber, violet,
 * brown, plum and tan: no red, no green), each at least 3:1 against white (WCAG's
 * contrast for graphics), and told apart by people with any of the three common
 * colour-vision deficiencies (the test simulates them). A vendor keeps one colour for as
 * long as the page lives (`VendorPalette`); the seventh vendor shares the first colour.
 *
 * @example
 * VENDOR_PALETTE[1]; // '#c46f00'
 */
export const VENDOR_PALETTE: readonly string[] = ['#1f5fa8', '#c46f00', '#7433d0', '#6b4423', '#8f2a7a', '#a8864f'];

/** The reference vendor (shown for scale, never ranked) is grey. @example REFERENCE_COLOR; // '#8a8a8a' */
export const REFERENCE_COLOR = '#8a8a8a';

/**
 * The vendors' line patterns, by their place in the scenario (the seventh shares the
 * first's), drawn with their colours on every chart of lines, so that two curves differ
 * by more than colour: solid, long dash, dots, dash-dot, short dash, long dash-dot.
 *
 * @example
 * VENDOR_DASHES[1]; // '8 3'
 */
export const VENDOR_DASHES: readonly string[] = ['', '8 3', '1.5 3', '8 3 1.5 3', '4 3', '12 3 3 3'];

/**
 * The line pattern of vendor `id` among `vendors` (the results' vendors, in the scenario's
 * order): its `VENDOR_DASHES` entry, '' for a solid line.
 *
 * @example
 * dashOf(results.vendors, 'bluepeak'); // '1.5 3' (the third vendor)
 */
export function dashOf(vendors: readonly { id: string }[], id: string): string {
  const at = vendors.findIndex((v) => v.id === id);
  return at < 0 ? '' : VENDOR_DASHES[at % VENDOR_DASHES.length];
}
