import type { Results } from '../../engine/index.js';
import { vendorNames } from '../../format/decisionSentences.js';
import { formatMoney } from '../../format/money.js';
import { grid, TABLE_WIDTH, wrapText } from '../textLayout.js';

/** What every section of the decision tables shares: the run, its width, and how it writes money, names and columns. */
export interface DecisionLayout {
  results: Results;
  /** Every row and column, however wide (`--wide`). */
  wide: boolean;
  width: number;
  money: (amount: number, digits?: number) => string;
  nameOf: (vendor: string) => string;
  /** Words wrapped to the width. */
  wrap: (text: string) => string[];
  /** A bullet point wrapped to the width, later lines indented under its text. */
  bullet: (text: string) => string[];
  /** Rows as columns, the first `leftColumns` left-aligned; the names in columns 0 to `shrinkTo` shortened to fit. */
  columns: (rows: string[][], leftColumns?: number, shrinkTo?: number) => string[];
}

/**
 * The layout of a run's decision tables.
 *
 * @example
 * decisionLayout(results, false).money(8_338); // '$8.34k'
 */
export function decisionLayout(results: Results, wide: boolean): DecisionLayout {
  const width = wide ? Infinity : TABLE_WIDTH;
  return {
    results,
    wide,
    width,
    money: (amount, digits) => formatMoney(amount, results.currency, digits),
    nameOf: vendorNames(results),
    wrap: (text) => wrapText(text, width),
    bullet: (text) => wrapText(text, width, '  ', '- '),
    columns: (rows, leftColumns = 1, shrinkTo = 0) => grid(rows, leftColumns, width, 0, shrinkTo),
  };
}

/** A section's heading, underlined, after a blank line. */
export function heading(title: string): string[] {
  return ['', title, '='.repeat(title.length)];
}
