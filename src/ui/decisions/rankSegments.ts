/** One rank's share of a stacked bar, as a span of [0, 1]. */
export interface RankSegment {
  /** 1 for the cheapest. */
  rank: number;
  probability: number;
  start: number;
  end: number;
}

/**
 * A candidate's rank probabilities as consecutive spans of a bar, rank 1 first; ranks
 * with probability 0 are left out.
 *
 * @example
 * rankSegments([0.55, 0.45, 0, 0]); // [{ rank: 1, probability: 0.55, start: 0, end: 0.55 }, { rank: 2, probability: 0.45, start: 0.55, end: 1 }]
 */
export function rankSegments(ranks: readonly number[]): RankSegment[] {
  const segments: RankSegment[] = [];
  let start = 0;
  ranks.forEach((probability, i) => {
    if (probability > 0) segments.push({ rank: i + 1, probability, start, end: start + probability });
    start += probability;
  });
  return segments;
}
