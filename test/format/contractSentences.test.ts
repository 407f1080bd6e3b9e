import { describe, expect, it } from 'vitest';
import type { ContractResults, ContractVendor, Results } from '../../src/engine/index.js';
import { segmentsText, verdictSentences } from '../../src/format/verdictSentences.js';
import { toleranceSentence } from '../../src/format/toleranceSentence.js';

/** A hand-built contract vendor: only the fields the answer reads matter. */
function contractVendor(id: string, name: string, presentValue: number, cost: number, fixed: number, net: number, cheapest: number): ContractVendor {
  const estimate = { mean: 0, standardError: 0 };
  return {
    id, name, reference: false, years: [], probabilityCheapest: cheapest, occurrence: [],
    total: {
      price: fixed, premium: 0, switchingCost: 0, grossLoss: estimate, indemnity: 0, insurance: 0,
      netLoss: { mean: net, standardError: 0, sample: estimate }, cost: { mean: cost, standardError: 0 },
      presentValue: { mean: presentValue, standardError: 1000 }, quantiles: { p5: 0, p50: 0, p75: 0, p90: 0, p95: 0, p99: 0 },
      tailValueAtRisk95: 0, exceedance: [],
    },
  };
}

/** Year results that put Bluepeak first, and a contract that puts Harbor first. */
function results(contract: Partial<ContractResults>): Results {
  const vendor = (id: string, name: string, cost: number, cheapest: number) => ({
    id, name, annualPrice: cost - 2e6, reference: false, riskAdjustedCost: cost, probabilityCheapest: cheapest,
    expectedLoss: { mean: 2e6, standardError: 300, sample: { mean: 2e6, standardError: 900 } },
  });
  return {
    currency: 'USD', trials: 100_000,
    vendors: [vendor('bluepeak', 'Bluepeak BPO', 8.78e6, 0.55), vendor('harbor', 'Harbor Support', 9.11e6, 0)],
    ranking: ['bluepeak', 'harbor'],
    verdict: { kind: 'clear', best: 'bluepeak', runnerUp: 'harbor', lead: { mean: 330_000, standardError: 300 } },
    contract: {
      years: 3, costTrend: 0.02, discountRate: 0, comparisons: [], cheapestBasis: '',
      vendors: [contractVendor('bluepeak', 'Bluepeak BPO', 25.7e6, 25.7e6, 22.3e6, 3.4e6, 0.3), contractVendor('harbor', 'Harbor Support', 25.1e6, 25.1e6, 20.5e6, 4.6e6, 0.7)],
      ranking: ['harbor', 'bluepeak'],
      verdict: { kind: 'clear', best: 'harbor', runnerUp: 'bluepeak', lead: { mean: 600_000, standardError: 2000 } },
      ...contract,
    },
  } as unknown as Results;
}

describe('the answer over a contract', () => {
  it('names the contract\'s cheapest by its cost over the contract, and says when a year alone would name another', () => {
    const sentences = verdictSentences(results({}));
    expect(segmentsText(sentences.answer)).toBe(
      'Over the 3-year contract, Harbor Support is the cheapest vendor once breach risk is priced in: $25.1M ($20.5M prices + $4.60M expected breach loss after indemnity and insurance), $600k less than Bluepeak BPO.',
    );
    expect(segmentsText(sentences.confidence)).toMatch(/It is the cheapest in 70\.0% of 100,000 assumption draws, Bluepeak BPO in 30\.0%\. A year’s cost alone \(price plus expected breach loss, before indemnity and insurance\) would put Bluepeak BPO first\.$/);
    const figures = sentences.answer.filter((s) => typeof s === 'object' && 'metric' in s);
    expect(figures.map((s) => (s as { metric: string }).metric)).toEqual(['contract-cost', 'lead']);
  });

  it('speaks of present values with a discount rate, and of a year for a one-year contract', () => {
    const discounted = verdictSentences(results({ discountRate: 0.06 }));
    expect(segmentsText(discounted.answer)).toMatch(/^Over the 3-year contract, Harbor Support is the cheapest .*: \$25\.1M \(in today's money at 6\.0% a year; \$25\.1M as paid: /);
    const single = verdictSentences(results({ years: 1 }));
    expect(segmentsText(single.answer)).toMatch(/^Over a year, after indemnity and insurance, Harbor Support is the cheapest vendor/);
  });

  it('says nothing of the year when both name the same vendor', () => {
    const same = results({ ranking: ['bluepeak', 'harbor'], verdict: { kind: 'clear', best: 'bluepeak', runnerUp: 'harbor', lead: { mean: 5e5, standardError: 2000 } } });
    expect(segmentsText(verdictSentences(same).confidence)).not.toMatch(/would put/);
  });
});

describe('toleranceSentence', () => {
  it('says a point a year or over the contract, and a curve from its first to its last point', () => {
    expect(toleranceSentence({ per: 'year', points: [{ loss: 2e7, probability: 0.05 }] }, 'USD')).toBe('at most 5.0% a year of losing more than $20.0M');
    expect(toleranceSentence({ per: 'contract', points: [{ loss: 2e7, probability: 0.05 }] }, 'USD')).toBe('at most 5.0% of losing more than $20.0M over the contract');
    const points = [{ loss: 5e6, probability: 0.15 }, { loss: 2e7, probability: 0.07 }, { loss: 1e8, probability: 0.008 }];
    expect(toleranceSentence({ per: 'contract', points }, 'USD')).toBe('at most 15.0% of losing more than $5.00M, down to 0.8% of losing more than $100M, over the contract');
    expect(toleranceSentence({ per: 'year', points }, 'USD')).toMatch(/, a year$/);
  });
});
