import { rankedVendors, type ContractVendor, type Results } from '../../engine/index.js';
import { formatMoney, formatPercent } from '../../format/money.js';
import { grid, TABLE_WIDTH, wrapText } from '../textLayout.js';

/**
 * The contract's section of the terminal table, when the scenario has contract terms:
 * per vendor (in the contract's ranking, the reference last) the present value of what
 * the retailer pays over the contract, the same as paid, the expected net loss and its
 * standard error, what the indemnity and the insurance recover, the 95th percentile of the
 * contract's total net loss and the share of simulated contracts in which it is cheapest;
 * then each year's expected cost.
 *
 * @example
 * contractSection(results, false)[0]; // 'Over the 3-year contract (present value at 6.0% a year, after indemnity and insurance):'
 */
export function contractSection(results: Results, wide: boolean): string[] {
  const contract = results.contract;
  if (!contract) return [];
  const money = (x: number) => formatMoney(x, results.currency);
  const width = wide ? Infinity : TABLE_WIDTH;
  const byId = new Map(contract.vendors.map((v) => [v.id, v]));
  const ranked = rankedVendors({ vendors: contract.vendors, ranking: contract.ranking }).map((v) => byId.get(v.id)!);
  const rate = contract.discountRate > 0 ? `present value at ${formatPercent(contract.discountRate)} a year, ` : '';
  const span = contract.years === 1 ? 'Over a year' : `Over the ${contract.years}-year contract`;
  const lines = ['', `${span} (${rate}after indemnity and insurance):`];
  const header = ['Rank', 'Vendor', 'Cost', ...(rate ? ['As paid'] : []), 'Net loss', '± s.e.', 'Indemnity', 'Insurance', '1 in 20', 'P(cheapest)'];
  const rows = ranked.map((v, i) => [
    v.reference ? '-' : String(i + 1),
    v.name,
    money(v.total.presentValue.mean),
    ...(rate ? [money(v.total.cost.mean)] : []),
    money(v.total.netLoss.mean),
    money(v.total.netLoss.standardError),
    money(v.total.indemnity),
    money(v.total.insurance),
    money(v.total.quantiles.p95),
    v.reference ? 'reference' : formatPercent(v.probabilityCheapest),
  ]);
  lines.push(...grid([header, ...rows], 2, width, 1));
  lines.push('');
  if (contract.years > 1) {
    lines.push('Expected cost each year (price, premium and switching cost + expected net loss):');
    const yearHeader = ['Vendor', ...contract.vendors[0].years.map((y) => `Year ${y.year}`)];
    lines.push(...grid([yearHeader, ...ranked.map((v: ContractVendor) => [v.name, ...v.years.map((y) => money(y.cost.mean))])], 1, width, 0));
    lines.push('');
  }
  const trend = contract.years > 1 ? ` Breach costs grow ${formatPercent(contract.costTrend)} a year.` : '';
  lines.push(...wrapText(
    `Cost: prices, premiums and switching cost plus the expected net loss over the contract${rate ? ', each year discounted from its end; As paid: the same undiscounted' : ''}. ` +
    `Net loss: what the retailer bears after the vendor's indemnity and its insurance (a control-variate estimate and its standard error). ` +
    `1 in 20: the 95th percentile of the contract's total net loss. P(cheapest): share of the assumption draws, cost by ${contract.cheapestBasis}.${trend}`,
    width,
  ));
  return lines;
}
