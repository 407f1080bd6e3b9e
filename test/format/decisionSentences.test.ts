import { describe, expect, it } from 'vitest';
import type { Ask, ValueOfInformation, VendorNegotiation } from '../../src/engine/index.js';
import {
  askSentence, breakEvenSentence, decisionTornadoSentence, evpiSentence, ordinal, plainInputsSentence, premiumSentence, swingSentence,
  unchangedSentence, varianceSharesSentence,
} from '../../src/format/decisionSentences.js';

const names: Record<string, string> = { bluepeak: 'Bluepeak BPO', northwind: 'Northwind Contact', lowell: 'Lowell Outsourcing' };
const nameOf = (id: string) => names[id] ?? id;

describe('the decision sentences', () => {
  it('ordinal: 1st, 2nd, 3rd, 4th, 11th to 13th, 21st, 22nd, 101st', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st', '111th']);
  });

  it('premiumSentence names the safer and the cheaper candidate, or nothing when one is both', () => {
    expect(premiumSentence({ safer: 'northwind', cheaper: 'lowell', amount: 2_438_655 }, nameOf, 'USD')).toBe(
      'Northwind Contact has the lowest expected loss and Lowell Outsourcing the lowest price: Northwind Contact is worth up to $2.44M a year more than Lowell Outsourcing, the difference of their expected losses.',
    );
    expect(premiumSentence(null, nameOf, 'USD')).toBeUndefined();
  });

  it('askSentence says what a priced control saves beyond its cost, or what it costs beyond what it saves', () => {
    const ask: Ask = { control: 'vdi', label: 'Virtual desktops (VDI): no customer data on agent endpoints', lossReduction: 400_000, annualCost: 100_000, return: 3 };
    expect(askSentence('Harbor Support', ask, 'USD')).toBe(
      'Ask Harbor Support for virtual desktops (VDI): it cuts the expected loss by $400k a year; worth up to $400k on the price. At $100k a year it saves $300k more than it costs, a return of 300.0%.',
    );
    const dear = { ...ask, annualCost: 500_000, return: -0.2 };
    expect(askSentence('Harbor Support', dear, 'USD')).toMatch(/At \$500k a year it costs \$100k more than it saves, a return of -20\.0%\.$/);
    expect(askSentence('Harbor Support', { ...ask, annualCost: 0, return: null }, 'USD')).toMatch(/It is offered at no cost\.$/);
  });

  it('breakEvenSentence: above, below, and a break-even below no price at all', () => {
    const v: VendorNegotiation = {
      id: 'x', name: 'Harbor Support', annualPrice: 6_300_000, expectedLoss: 2_805_469, cost: 9_105_469,
      breakEvenPrice: 5_979_548, headroom: -320_452, cheapestSet: { status: 'unpriced' }, asks: [],
    };
    expect(breakEvenSentence(v, false, 'USD')).toBe('Harbor Support would tie the cheapest at a price of $5.98M a year, $320k below its price.');
    expect(breakEvenSentence({ ...v, breakEvenPrice: -720_000, headroom: -7_020_000 }, false, 'USD')).toBe(
      "Harbor Support would not be the cheapest even at no price: its expected loss alone is $720k a year more than the cheapest's price plus expected loss.",
    );
    expect(breakEvenSentence({ ...v, breakEvenPrice: null, headroom: null }, true, 'USD')).toMatch(/is the only candidate/);
  });

  it('decisionTornadoSentence, swingSentence and varianceSharesSentence say what the figures are of', () => {
    expect(decisionTornadoSentence({ a: 'bluepeak', b: 'northwind', base: -8_338, bars: [] }, nameOf, 'USD')).toBe(
      "Bluepeak BPO's price plus expected loss minus Northwind Contact's is -$8.34k a year (below 0, Bluepeak BPO is the cheaper). Each bar moves one assumption, every other at its distribution.",
    );
    expect(swingSentence(0.25)).toBe('An uncertain assumption moves from its 10th to its 90th percentile; a plain number 25% either way of its value.');
    const shares = { a: 'bluepeak', b: 'northwind', bins: 50, variance: 4e9, bias: 50 / 100_000, inputs: [] };
    expect(varianceSharesSentence(shares, nameOf)).toMatch(/Bluepeak BPO's price plus expected loss minus Northwind Contact's \(first order; binning may overstate a share by up to 0\.05%\)\.$/);
  });

  it('evpiSentence gives the EVPI with its standard error, against the vendor chosen now', () => {
    const voi: ValueOfInformation = { chosen: 'bluepeak', evpi: 22_228, evpiStandardError: 112.3, bins: 50, inputs: [], plainInputs: [] };
    expect(evpiSentence(voi, nameOf, 'USD')).toBe(
      'Knowing every uncertain assumption exactly before choosing would be worth $22.2k a year in expectation (± $112) over choosing Bluepeak BPO now.',
    );
    expect(evpiSentence({ ...voi, chosen: null }, nameOf, 'USD')).toMatch(/no candidate/);
  });

  it('plainInputsSentence and unchangedSentence, one or many', () => {
    expect(plainInputsSentence([])).toBeUndefined();
    expect(plainInputsSentence(['Mean loss per breach'])).toBe(
      'The plain-number input (mean loss per breach) is treated as known, so it has no value of information here; what it does to the answer is in the tornado and the switching values.',
    );
    expect(plainInputsSentence(['Mean loss per breach', 'Effect of PCI DSS'])).toMatch(/^The 2 plain-number inputs \(mean loss per breach; effect of PCI DSS\) are treated as known, so they have/);
    expect(unchangedSentence(0, 20)).toBe('Every one of the 20 inputs has a value within its range that would change the answer.');
    expect(unchangedSentence(1, 20)).toBe('For 1 of the 20 inputs, no value within its range would change the answer.');
    expect(unchangedSentence(3, 20)).toBe('For 3 of the 20 inputs, no value within their range would change the answer.');
  });
});
