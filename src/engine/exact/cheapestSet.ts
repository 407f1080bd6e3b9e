/** Controls a search may add: their costs, and the loss with a given set of them added. */
export interface SetSearch {
  /** Each option's annual cost (finite, at least 0). */
  costs: readonly number[];
  /** The vendor's expected loss with the options whose flags are 1 added at full coverage. */
  lossWith(chosen: Uint8Array): number;
  /** The vendor's price now. */
  price: number;
  /** The cost to beat: the lowest other candidate's price plus expected loss. */
  target: number;
}

/** The cheapest set found: the options' indices (ascending) and their total cost. */
export interface FoundSet {
  options: number[];
  addedCost: number;
  /** The vendor's price plus added cost plus expected loss with them. */
  cost: number;
}

/**
 * The set of options of least total cost that brings a vendor's price plus added cost
 * plus expected loss strictly below `target`, or null when even all of them do not.
 * Exact, by depth-first branch and bound over the options in order of cost: a branch
 * ends once its cost reaches the best found, or once adding every option still left
 * cannot get below the target (controls only ever lower the expected loss). Equal
 * costs keep the first set found, in that order. Worst case 2^n loss evaluations;
 * for n = 20 in practice a few thousand.
 *
 * @example
 * cheapestSet({ costs: [50, 80], lossWith: (c) => 1000 - 100 * c[0] - 300 * c[1], price: 0, target: 950 });
 * // { options: [1], addedCost: 80, cost: 780 }
 */
export function cheapestSet(search: SetSearch): FoundSet | null {
  const n = search.costs.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => search.costs[a] - search.costs[b] || a - b);
  const chosen = new Uint8Array(n);
  let best: FoundSet | null = null;

  const visit = (depth: number, spent: number): void => {
    if (best !== null && spent >= best.addedCost) return;
    const loss = search.lossWith(chosen);
    if (search.price + spent + loss < search.target) {
      best = { options: chosen.reduce<number[]>((list, c, i) => (c ? [...list, i] : list), []), addedCost: spent, cost: search.price + spent + loss };
      return; // every superset costs at least as much
    }
    if (depth === n) return;
    // The lowest loss this branch can reach: every option left added.
    const all = Uint8Array.from(chosen);
    for (let d = depth; d < n; d++) all[order[d]] = 1;
    if (search.price + spent + search.lossWith(all) >= search.target) return;
    for (let d = depth; d < n; d++) {
      const option = order[d];
      // Options are in order of cost: once one reaches the best, every later one does.
      if (best !== null && spent + search.costs[option] >= best.addedCost) break;
      chosen[option] = 1;
      visit(d + 1, spent + search.costs[option]);
      chosen[option] = 0;
    }
  };
  visit(0, 0);
  return best;
}
