import { toleranceVerdict, type Results, type Tolerance } from '../../engine/index.js';
import { formatMoney } from '../../format/money.js';
import { toleranceSentence } from '../../format/toleranceSentence.js';
import { formatChance } from '../../format/chance.js';
import { grid, TABLE_WIDTH, wrapText } from '../textLayout.js';

/**
 * The risk tolerance's section of the terminal table: the tolerance in words and each
 * vendor's pass or fail (`toleranceVerdict`, the engine's, as the page shows it), with its
 * chance of losing more at the loss where it comes nearest or fails.
 *
 * @example
 * toleranceSection(results, { loss: 2e7, probability: 0.01 }, false)[1];
 * // 'Risk tolerance: at most 1% a year of losing more than $20.0M.'
 */
export function toleranceSection(results: Results, tolerance: Tolerance | undefined, wide: boolean): string[] {
  if (!tolerance) return [];
  const verdict = toleranceVerdict(results, tolerance);
  const money = (x: number) => formatMoney(x, results.currency);
  const width = wide ? Infinity : TABLE_WIDTH;
  const reads = verdict.per === 'contract' ? " It reads the contract's total net loss, after indemnity and insurance." : '';
  const lines = ['', ...wrapText(`Risk tolerance: ${toleranceSentence(verdict, results.currency)}.${reads}`, width)];
  const rows = verdict.vendors.map((v) => [
    v.name,
    v.passes ? 'within' : 'EXCEEDS',
    money(v.loss),
    formatChance(v.probability),
    formatChance(v.allowed),
  ]);
  lines.push(...grid([['Vendor', 'Tolerance', 'At loss', 'Chance more', 'Allowed'], ...rows], 1, width, 0));
  return lines;
}
