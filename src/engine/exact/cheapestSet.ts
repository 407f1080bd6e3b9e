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
  /** True when the search was complete, so no set costs less; false when it stopped at `MAX_SET_EVALUATIONS`. */
  exhaustive: boolean;
}

/**
 * The most loss evaluations one search makes (about 25 ms here): past it, the search
 * returns the cheaper of the best set it has found and a greedy one (options added by loss
 * removed per unit of cost until the target is beaten), marked not exhaustive. A search of
 * 20 options that ends within it is exact, as most do in a few thousand.
 */
export const MAX_SET_EVALUATIONS = 20_000;

/**
 * The set of options of least total cost that brings a vendor's price plus added cost
 * plus expected loss strictly below `target`, or null when even all of them do not.
 * Exact, by depth-first branch and bound over the options in order of cost: a branch
 * ends once its cost reaches the best found, or once adding every option still left
 * cannot get below the target (controls only ever lower the expected loss). Equal
 * costs keep the first set found, in that order. Worst case 2^n loss evaluations, so a
 * search stops at `budget` (`MAX_SET_EVALUATIONS`) and returns the best it can then,
 * `exhaustive: false`; for n = 20 in practice a few thousand.
 *
 * @example
 * cheapestSet({ costs: [50, 80], lossWith: (c) => 1000 - 100 * c[0] - 300 * c[1], price: 0, target: 950 });
 * // { options: [1], addedCost: 80, cost: 780, exhaustive: true }
 */
export function cheapestSet(search: SetSearch, budget = MAX_SET_EVALUATIONS): FoundSet | null {
  const n = search.costs.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => search.costs[a] - search.costs[b] || a - b);
  const chosen = new Uint8Array(n);
  let best: FoundSet | null = null;
  let evaluations = 0;
  let stopped = false;
  const lossWith = (set: Uint8Array) => {
    evaluations++;
    if (evaluations >= budget) stopped = true;
    return search.lossWith(set);
  };
  const indices = (set: Uint8Array) => set.reduce<number[]>((list, c, i) => (c ? [...list, i] : list), []);

  const visit = (depth: number, spent: number): void => {
    if (stopped || (best !== null && spent >= best.addedCost)) return;
    const loss = lossWith(chosen);
    if (search.price + spent + loss < search.target) {
      best = { options: indices(chosen), addedCost: spent, cost: search.price + spent + loss, exhaustive: true };
      return; // every superset costs at least as much
    }
    if (depth === n) return;
    // The lowest loss this branch can reach: every option left added.
    const all = Uint8Array.from(chosen);
    for (let d = depth; d < n; d++) all[order[d]] = 1;
    if (search.price + spent + lossWith(all) >= search.target) return;
    for (let d = depth; d < n; d++) {
      if (stopped) return;
      const option = order[d];
      // Options are in order of cost: once one reaches the best, every later one does.
      if (best !== null && spent + search.costs[option] >= best.addedCost) break;
      chosen[option] = 1;
      visit(d + 1, spent + search.costs[option]);
      chosen[option] = 0;
    }
  };
  visit(0, 0);
  if (!stopped) return best;
  const greedy = greedySet(search);
  const found: FoundSet | null = greedy && (best === null || greedy.addedCost < (best as FoundSet).addedCost) ? greedy : best;
  return found && { ...found, exhaustive: false };
}

/**
 * A set that beats the target, found greedily: the option removing the most loss per unit
 * of cost added first (a free one before any other), until the target is beaten; null when
 * every option together does not beat it. At most n(n + 1)/2 + 1 loss evaluations.
 */
function greedySet(search: SetSearch): FoundSet | null {
  const n = search.costs.length;
  const chosen = new Uint8Array(n);
  let spent = 0;
  let loss = search.lossWith(chosen);
  while (search.price + spent + loss >= search.target) {
    let pick = -1;
    let pickLoss = loss;
    let pickRate = -Infinity;
    for (let i = 0; i < n; i++) {
      if (chosen[i]) continue;
      chosen[i] = 1;
      const with_ = search.lossWith(chosen);
      chosen[i] = 0;
      const removed = loss - with_;
      const rate = search.costs[i] === 0 ? Infinity : removed / search.costs[i];
      if (rate > pickRate) [pick, pickLoss, pickRate] = [i, with_, rate];
    }
    if (pick < 0) return null;
    chosen[pick] = 1;
    spent += search.costs[pick];
    loss = pickLoss;
  }
  return { options: chosen.reduce<number[]>((list, c, i) => (c ? [...list, i] : list), []), addedCost: spent, cost: search.price + spent + loss, exhaustive: false };
}
