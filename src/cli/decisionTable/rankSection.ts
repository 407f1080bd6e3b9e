import type { RankProbabilities } from '../../engine/index.js';
import { ordinal } from '../../format/decisionSentences.js';
import { formatPercent } from '../../format/money.js';
import { DRAWS } from '../../format/terms.js';
import { heading, type DecisionLayout } from './decisionLayout.js';

/**
 * "Rank probabilities": per candidate, the share of the assumption draws in which it
 * ranks first, second and so on by price plus expected loss.
 *
 * @example
 * rankSection(results.rankProbabilities!, layout)[4]; // 'Bluepeak BPO        55.4%  44.6%   0.0%   0.0%'
 */
export function rankSection(ranks: RankProbabilities, layout: DecisionLayout): string[] {
  const { results, wrap, nameOf } = layout;
  const lines = heading('Rank probabilities');
  if (ranks.vendors.length === 0) return [...lines, 'There is no candidate to rank.'];
  const places = ranks.vendors.map((_, r) => ordinal(r + 1));
  lines.push(...layout.columns([['Vendor', ...places], ...ranks.vendors.map((v) => [nameOf(v.id), ...v.ranks.map(formatPercent)])]));
  lines.push(...wrap(`Shares of the ${results.trials.toLocaleString('en-US')} ${DRAWS} in which each candidate ranks each place by price plus expected loss (equal costs in the order above).`));
  return lines;
}
