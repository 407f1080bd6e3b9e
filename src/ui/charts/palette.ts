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
