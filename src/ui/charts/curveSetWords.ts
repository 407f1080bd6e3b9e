import { formatOneIn } from '../../format/money.js';
import type { CurveSet } from './curveSets.js';

/** What the chart says of each curve set: the toggle's label, the hint above the plot, the table's caption, the alternative text. */
export const CURVE_SET_WORDS: Record<CurveSet, { label: string; hint: string; caption: string; described: string }> = {
  year: {
    label: "A year's loss",
    hint: "Chance that a year's breach losses exceed each amount, before indemnity and insurance. Lower curves are safer.",
    caption: "Chance a year's loss exceeds each amount, by vendor",
    described: "the chance that a year's breach losses exceed each amount",
  },
  occurrence: {
    label: 'Largest breach',
    hint: 'Chance that the largest single breach of a year costs more than each amount (the first year, before indemnity and insurance).',
    caption: "Chance a year's largest breach exceeds each amount, by vendor",
    described: 'the chance that the largest single breach of a year costs more than each amount',
  },
  contract: {
    label: 'Contract total',
    hint: "Chance that the contract's total net loss, after the vendor's indemnity and the insurance, exceeds each amount.",
    caption: "Chance the contract's total net loss exceeds each amount, by vendor",
    described: "the chance that the contract's total net loss exceeds each amount",
  },
};

/**
 * What one vendor's curve of a set says at a loss, for the readout beside the chart.
 *
 * @example
 * readoutText('year', 0.04, '$5M'); // '1 year in 25 loses more than $5M'
 * readoutText('occurrence', 0.04, '$5M'); // '1 year in 25 has a breach costing more than $5M'
 * readoutText('contract', 0.6, '$5M'); // '60% of contracts lose more than $5M'
 */
export function readoutText(set: CurveSet, probability: number, amount: string): string {
  const many = probability >= 0.5;
  if (set === 'year') return `${formatOneIn(probability)} ${many ? 'lose' : 'loses'} more than ${amount}`;
  if (set === 'occurrence') return `${formatOneIn(probability)} ${many ? 'have' : 'has'} a breach costing more than ${amount}`;
  // formatOneIn counts years; a contract's total is counted in contracts.
  const contracts = formatOneIn(probability).replace(/\byears?\b/, (w) => (w === 'year' ? 'contract' : 'contracts'));
  return `${contracts} ${many ? 'lose' : 'loses'} more than ${amount}`;
}
