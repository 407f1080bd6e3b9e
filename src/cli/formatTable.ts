import { rankedVendors, toleranceVerdict, type Results, type Tolerance, type VendorResult } from '../engine/index.js';
import { contractSection } from './contractTable/contractSection.js';
import { toleranceSection } from './contractTable/toleranceSection.js';
import { toleranceAnswer } from '../format/toleranceAnswer.js';
import { formatMoney, formatPercent, separatingDigits } from '../format/money.js';
import { DRAWS, DRAWS_EXPLAINED, PRECISION_EXPLAINED } from '../format/terms.js';
import { segmentsText, verdictSentences } from '../format/verdictSentences.js';
import { warningLines } from '../format/warningLines.js';
import { formatDecisionTable } from './formatDecisionTable.js';
import { grid, TABLE_WIDTH, wrapText } from './textLayout.js';

/** Marks a figure that a warning concerns. */
const WARNED = '!';

/** One column of the vendor table: its header, its cell, and the result field a warning may name. */
interface Column {
  header: string;
  cell: (v: VendorResult, rank: string) => string;
  figure?: string;
  wide?: boolean;
}

/**
 * The results as text for a terminal: the answer (the engine's verdict in the page's
 * words), the vendors ranked by risk-adjusted cost with the reference last, the paired
 * comparisons, the contract (with contract terms: `contractSection`), the risk tolerance's
 * pass or fail (given the scenario's `tolerance`), and the run's warnings, with a `!`
 * beside every figure they concern; then the decision analytics the run has (`--analytics`, see `formatDecisionTable`).
 * Fits `TABLE_WIDTH` columns (long vendor names are shortened); `wide` shows every column.
 *
 * @example
 * formatTable(results).split('\n')[3]; // 'Bluepeak BPO is the cheapest vendor once breach risk is priced in: ...'
 */
export function formatTable(results: Results, options: { wide?: boolean; tolerance?: Tolerance } = {}): string {
  const wide = options.wide === true;
  const money = (x: number) => formatMoney(x, results.currency);
  const ranked = rankedVendors(results);
  const digits = separatingDigits(results.ranking.map((id) => results.vendors.find((v) => v.id === id)!.riskAdjustedCost), results.currency);
  const warned = (v: VendorResult, figure: string | undefined) =>
    figure !== undefined && results.warnings.some((w) => (w.vendor === undefined || w.vendor === v.id) && w.figures.includes(figure));
  const wrap = (text: string) => wrapText(text, wide ? Infinity : TABLE_WIDTH);

  const lines: string[] = [];
  lines.push(...wrap(results.scenario));
  lines.push(`${results.trials.toLocaleString('en-US')} simulated years, seed "${results.seed}", engine ${results.engineVersion}`);
  lines.push('');
  const sentences = verdictSentences(results);
  lines.push(...wrap(segmentsText(sentences.answer)));
  if (options.tolerance) {
    const verdict = toleranceVerdict(results, options.tolerance);
    lines.push(...wrap(toleranceAnswer(verdict, (results.contract ?? results).ranking, results.currency)));
  }
  if (sentences.confidence.length > 0) lines.push(...wrap(segmentsText(sentences.confidence)));
  lines.push('');

  const allColumns: Column[] = [
    { header: 'Rank', cell: (_, rank) => rank },
    { header: 'Vendor', cell: (v) => v.name },
    { header: 'Price', cell: (v) => money(v.annualPrice) },
    { header: 'Exp. loss', cell: (v) => money(v.expectedLoss.mean), figure: 'expectedLoss' },
    { header: '± s.e.', cell: (v) => money(v.expectedLoss.standardError), figure: 'expectedLoss' },
    { header: 'Sample mean', cell: (v) => money(v.expectedLoss.sample.mean), figure: 'expectedLoss.sample', wide: true },
    { header: '± s.e.', cell: (v) => money(v.expectedLoss.sample.standardError), figure: 'expectedLoss.sample', wide: true },
    { header: 'P(breach)', cell: (v) => formatPercent(v.probabilityOfBreach), figure: 'probabilityOfBreach', wide: true },
    { header: '1 in 20', cell: (v) => money(v.quantiles.p95), figure: 'quantiles' },
    { header: '1 in 100', cell: (v) => money(v.quantiles.p99), figure: 'quantiles', wide: true },
    { header: 'TVaR95', cell: (v) => money(v.tailValueAtRisk95), figure: 'tailValueAtRisk95', wide: true },
    { header: 'Risk-adj.', cell: (v) => formatMoney(v.riskAdjustedCost, results.currency, digits), figure: 'expectedLoss' },
    { header: 'P(cheapest)', cell: (v) => (v.reference ? 'reference' : formatPercent(v.probabilityCheapest)), figure: 'probabilityCheapest' },
  ];
  const columns = allColumns.filter((c) => wide || !c.wide);
  const rows = ranked.map((v, i) => columns.map((c) => {
    const text = c.cell(v, v.reference ? '-' : String(i + 1));
    return warned(v, c.figure) ? `${text}${WARNED}` : text;
  }));
  lines.push(...grid([columns.map((c) => c.header), ...rows], 2, wide ? Infinity : TABLE_WIDTH, 1));
  lines.push('');
  lines.push(...wrap(`Risk-adj.: price plus expected loss, a year. 1 in 20${wide ? ', 1 in 100' : ''}: the 95th${wide ? ' and 99th' : ''} percentile of the year's loss. ${PRECISION_EXPLAINED}`));

  if (results.comparisons.length > 0) {
    lines.push('');
    lines.push('Paired comparisons (the same simulated years and assumption draws for both vendors):');
    const names = new Map(results.vendors.map((v) => [v.id, v.name]));
    const header = ['A', 'B', 'Loss A - B', '± s.e.', 'P(A cheaper)', ...(wide ? ['P(A loses less)', 'Sample A - B', '± s.e.'] : [])];
    const compareRows = results.comparisons.map((c) => [
      names.get(c.a)!,
      names.get(c.b)!,
      money(c.meanDifference),
      money(c.standardError),
      formatPercent(c.probabilityACheaper),
      ...(wide ? [formatPercent(c.probabilityALower), money(c.sample.meanDifference), money(c.sample.standardError)] : []),
    ]);
    lines.push(...grid([header, ...compareRows], 2, wide ? Infinity : TABLE_WIDTH, 0, 1));
    lines.push('');
    lines.push(...wrap(`Loss A - B: the difference of expected annual losses. P(A cheaper), P(cheapest): shares of the ${DRAWS}, price plus expected loss.${
      wide ? ' P(A loses less): share of simulated years with a strictly lower loss (most years both lose nothing).' : ''}`));
    lines.push(...wrap(DRAWS_EXPLAINED));
  }
  lines.push(...contractSection(results, wide));
  lines.push(...toleranceSection(results, options.tolerance, wide));
  if (results.warnings.length > 0) {
    lines.push('');
    lines.push(`Warnings (${WARNED} marks the figures they concern):`);
    for (const w of warningLines(results)) lines.push(...wrapText(`${w.path ? `${w.path}: ` : ''}${w.text}`, wide ? Infinity : TABLE_WIDTH, '  ', '- '));
  }
  lines.push(...formatDecisionTable(results, { wide }));
  return lines.join('\n') + '\n';
}
