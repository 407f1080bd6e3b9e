import type { Results, Verdict } from '../engine/index.js';
import { formatMoney, formatPercent } from './money.js';
import { DRAWS, SIMULATED_CONTRACTS } from './terms.js';

/** A figure of the answer: its raw value, its text and the metric the page labels it with. */
export interface Figure {
  value: number;
  text: string;
  metric: string;
  vendor?: string;
}

/** A candidate as the answer speaks of it, on the measure the verdict ranked. */
export interface BasisVendor {
  id: string;
  name: string;
  cost: Figure;
  /** What the cost is made of, in brackets. */
  breakdown: string;
  cheapest: Figure;
  probabilityCheapest: number;
}

/**
 * What an answer is about: the year's risk-adjusted cost (`results.verdict`), or the
 * contract's present value (`results.contract.verdict`) when the scenario has contract
 * terms. The answer is worded the same way over either.
 */
export interface VerdictBasis {
  verdict: Verdict;
  ranking: readonly string[];
  vendors: Map<string, BasisVendor>;
  /** Said before the answer ("Over the 3-year contract, "), or empty for the year. */
  opening: string;
  /** After a cost: " a year", or "" for the contract (whose cost is its present value). */
  per: string;
  /** What the shares of `cheapest` count: "1,000,000 assumption draws", "1,000,000 simulated contracts". */
  draws: string;
  /** What the trials are called in "too close to tell apart with ...". */
  trials: string;
}

/**
 * The basis of a run's answer: the contract's when it has one, else the year's.
 *
 * @example
 * verdictBasis(results).opening; // 'Over the 3-year contract, '
 */
export function verdictBasis(results: Results): VerdictBasis {
  return results.contract ? contractBasis(results) : yearBasis(results);
}

/** The year's basis: price plus expected breach loss, a year. */
export function yearBasis(results: Results): VerdictBasis {
  const money = (x: number) => formatMoney(x, results.currency);
  const count = results.trials.toLocaleString('en-US');
  return {
    verdict: results.verdict,
    ranking: results.ranking,
    vendors: new Map(results.vendors.map((v) => [v.id, {
      id: v.id,
      name: v.name,
      cost: { value: v.riskAdjustedCost, vendor: v.id, metric: 'risk-adjusted-cost', text: money(v.riskAdjustedCost) },
      breakdown: `(${money(v.annualPrice)} price + ${money(v.expectedLoss.mean)} expected breach loss)`,
      cheapest: { value: v.probabilityCheapest, vendor: v.id, metric: 'probability-cheapest', text: formatPercent(v.probabilityCheapest) },
      probabilityCheapest: v.probabilityCheapest,
    }])),
    opening: '',
    per: ' a year',
    draws: `${count} ${DRAWS}`,
    trials: `${count} simulated years`,
  };
}

/** The contract's basis: the present value of what the retailer pays over it, after indemnity and insurance. */
function contractBasis(results: Results): VerdictBasis {
  const contract = results.contract!;
  const money = (x: number) => formatMoney(x, results.currency);
  const count = results.trials.toLocaleString('en-US');
  const discounted = contract.discountRate > 0;
  return {
    verdict: contract.verdict,
    ranking: contract.ranking,
    vendors: new Map(contract.vendors.map((v) => {
      const { total } = v;
      const fixed = total.price + total.premium + total.switchingCost;
      const paid = listWords([contract.years === 1 ? 'price' : 'prices', total.premium > 0 ? 'premiums' : '', total.switchingCost > 0 ? 'switching cost' : '']);
      const parts = `${money(fixed)} ${paid} + ${money(total.netLoss.mean)} expected breach loss after indemnity and insurance`;
      const breakdown = discounted
        ? `(in today's money at ${formatPercent(contract.discountRate)} a year; ${money(total.cost.mean)} as paid: ${parts})`
        : `(${parts})`;
      return [v.id, {
        id: v.id,
        name: v.name,
        cost: { value: total.presentValue.mean, vendor: v.id, metric: 'contract-cost', text: money(total.presentValue.mean) },
        breakdown,
        cheapest: { value: v.probabilityCheapest, vendor: v.id, metric: 'contract-probability-cheapest', text: formatPercent(v.probabilityCheapest) },
        probabilityCheapest: v.probabilityCheapest,
      }];
    })),
    opening: contract.years === 1 ? 'Over a year, after indemnity and insurance, ' : `Over the ${contract.years}-year contract, `,
    per: '',
    draws: `${count} ${DRAWS}`,
    trials: `${count} ${SIMULATED_CONTRACTS}`,
  };
}

/** Words joined as a list, the empty ones left out: "prices, premiums and switching cost". */
function listWords(words: readonly string[]): string {
  const kept = words.filter((w) => w !== '');
  return kept.length <= 1 ? kept.join('') : `${kept.slice(0, -1).join(', ')} and ${kept[kept.length - 1]}`;
}
