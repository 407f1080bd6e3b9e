/** Candidates shown at first when a scenario has more than `ALL_SHOWN_UP_TO` of them. */
export const FIRST_SHOWN = 12;

/** Up to this many candidates, every vendor's card and histogram is shown. */
export const ALL_SHOWN_UP_TO = 20;

/**
 * The vendors a list of cards or small multiples shows, from the engine's ranked list
 * (candidates cheapest first, the reference last): every one up to 20 candidates or when
 * `showAll`; otherwise the 12 cheapest and the reference, for scale. `hidden` counts the
 * candidates left out. A long list of near-equal cards hides the answer; the full list is
 * one click away, and the charts and data tables keep every vendor.
 *
 * @example
 * shownVendors(ranked100, false); // { shown: the 12 cheapest and the reference, hidden: 87 }
 */
export function shownVendors<V extends { reference: boolean }>(ranked: readonly V[], showAll: boolean): { shown: V[]; hidden: number } {
  const candidates = ranked.filter((v) => !v.reference);
  if (showAll || candidates.length <= ALL_SHOWN_UP_TO) return { shown: [...ranked], hidden: 0 };
  return { shown: [...candidates.slice(0, FIRST_SHOWN), ...ranked.filter((v) => v.reference)], hidden: candidates.length - FIRST_SHOWN };
}
