import type { Ask, CheapestSet, InputUnit, Negotiation, Results, Sensitivity, SwitchingValue, ValueOfInformation, VendorNegotiation } from '../engine/index.js';
import { lowerFirst, MAX_SET_EVALUATIONS, shortLabel, TORNADO_QUANTILES } from '../engine/index.js';
import { formatMoney, formatPercent } from './money.js';

/**
 * The decision analytics in words, the same on the page and the command line. Each
 * function takes the engine's figures and decides nothing: which control, price or input
 * to name is already in them.
 */

/**
 * An input's value as people read it: a percentage, money, or breaches a year.
 *
 * @example
 * formatInputValue(0.394, 'fraction', 'USD'); // '39.4%'
 * formatInputValue(4_889_755, 'money', 'USD'); // '$4.89M'
 */
export function formatInputValue(value: number, unit: InputUnit, currency: string): string {
  if (unit === 'fraction') return formatPercent(value);
  if (unit === 'money') return formatMoney(value, currency);
  return `${value.toPrecision(3)} a year`;
}

/**
 * What to ask a vendor for, and what it is worth.
 *
 * @example
 * askSentence('Bluepeak BPO', ask, 'USD');
 * // 'Ask Bluepeak BPO for virtual desktops (VDI): it cuts the expected loss by $293k a year; worth up to $293k on the price.'
 */
export function askSentence(vendorName: string, ask: Ask, currency: string): string {
  const money = (x: number) => formatMoney(x, currency);
  const what = lowerFirst(shortLabel(ask.label));
  let text = `Ask ${vendorName} for ${what}: it cuts the expected loss by ${money(ask.lossReduction)} a year; worth up to ${money(ask.lossReduction)} on the price.`;
  if (ask.annualCost !== null) {
    const net = ask.lossReduction - ask.annualCost;
    text += ask.return === null
      ? ` It is offered at no cost.`
      : net >= 0
        ? ` At ${money(ask.annualCost)} a year it saves ${money(net)} more than it costs, a return of ${formatPercent(ask.return)}.`
        : ` At ${money(ask.annualCost)} a year it costs ${money(-net)} more than it saves, a return of ${formatPercent(ask.return)}.`;
  }
  return text;
}

/**
 * A candidate's break-even price in words.
 *
 * @example
 * breakEvenSentence(harbor, false, 'USD');
 * // 'Harbor Support would tie the cheapest at a price of $5.98M a year, $320k below its price.'
 */
export function breakEvenSentence(v: VendorNegotiation, cheapest: boolean, currency: string): string {
  const money = (x: number) => formatMoney(x, currency);
  if (v.breakEvenPrice === null || v.headroom === null) return `${v.name} is the only candidate: there is no price to break even with.`;
  if (v.breakEvenPrice < 0) {
    return `${v.name} would not be the cheapest even at no price: its expected loss alone is ${money(-v.breakEvenPrice)} a year more than the cheapest's price plus expected loss.`;
  }
  if (cheapest) {
    return `${v.name} stays the cheapest up to a price of ${money(v.breakEvenPrice)} a year, ${money(v.headroom)} above its price.`;
  }
  return `${v.name} would tie the cheapest at a price of ${money(v.breakEvenPrice)} a year, ${money(-v.headroom)} below its price.`;
}

/**
 * The cheapest set of controls that makes a candidate the cheapest, in words.
 *
 * @example
 * cheapestSetSentence(harbor, harbor.cheapestSet, labelOf, 'USD'); // 'Adding MFA and VDI ($210k a year) would make Harbor Support the cheapest, at $8.70M a year.'
 */
export function cheapestSetSentence(v: VendorNegotiation, set: CheapestSet, labelOf: (control: string) => string, currency: string): string {
  const money = (x: number) => formatMoney(x, currency);
  switch (set.status) {
    case 'cheapest':
      return `${v.name} is already the cheapest.`;
    case 'found':
      return `Adding ${listOf(set.controls.map((c) => lowerFirst(shortLabel(labelOf(c)))))} (${money(set.addedCost)} a year) would make ${v.name} the cheapest, at ${money(set.cost)} a year.` +
        (set.exhaustive ? '' : ` It is the cheapest set found in ${MAX_SET_EVALUATIONS.toLocaleString('en-US')} tries: a cheaper one may exist.`);
    case 'none':
      return `No set of the controls with a cost stated would make ${v.name} the cheapest.`;
    case 'complete':
      return `${v.name} holds every control at full coverage: only a lower price would make it the cheapest.`;
    case 'unpriced':
      return `No annual cost is stated for the controls ${v.name} could add, so there is no cheapest set of them to suggest (state what each would cost, annualCost, to get one).`;
    case 'too-many':
      return `${v.name} has ${set.options} priced controls to add, more than the 20 the exact search takes.`;
    default:
      return set satisfies never;
  }
}

/** The value of information when there is a single candidate: there is no choice to inform. */
export const NO_CHOICE_SENTENCE = 'There is only one candidate: no assumption, known exactly, could change the choice, so none is worth finding out.';

/**
 * The value of information in words: the input most worth researching, and the rest.
 *
 * @example
 * informationSentence(results.valueOfInformation!, 'USD');
 * // 'Pinning down the effect of PII redacted from call transcripts and recordings is worth up to $15.3k a year in expectation; no other assumption is worth more than $7.60k to research.'
 */
export function informationSentence(voi: ValueOfInformation, currency: string): string {
  const money = (x: number) => formatMoney(x, currency);
  const [first, second] = voi.inputs;
  if (!first || first.withinNoise) {
    return `No uncertain assumption is worth researching: knowing any of them exactly would not be expected to change the choice by more than its estimate's noise (${money(first?.bias ?? 0)} a year).`;
  }
  const rest = second ? `; no other assumption is worth more than ${money(second.evppi)} to research` : '';
  return `Pinning down the ${lowerFirst(first.label)} is worth up to ${money(first.evppi)} a year in expectation${rest}.`;
}

/**
 * An input's switching value in words, the nearer side first; undefined when no value in its range changes the answer.
 *
 * @example
 * switchSentence(frequency, vendorNames(results), 'USD'); // 'If the annual incidence (no controls) were above 39.4%, Northwind Contact would be the cheapest (it is 39.0%).'
 */
export function switchSentence(s: SwitchingValue, nameOf: (vendor: string) => string, currency: string): string | undefined {
  const value = (x: number) => formatInputValue(x, s.unit, currency);
  const sides = [
    s.below && { word: 'below', ...s.below },
    s.above && { word: 'above', ...s.above },
  ].filter((x): x is { word: string; value: number; vendor: string } => Boolean(x));
  if (sides.length === 0) return undefined;
  sides.sort((x, y) => Math.abs(x.value - s.value) - Math.abs(y.value - s.value));
  const clauses = sides.map((side) => `${side.word} ${value(side.value)}, ${nameOf(side.vendor)} would be the cheapest`);
  return `If the ${lowerFirst(s.label)} were ${clauses.join('; if it were ')} (it is ${value(s.value)}).`;
}

/**
 * The premium worth paying for the candidate with the lowest expected loss over the one
 * with the lowest price; undefined when one candidate is both.
 *
 * @example
 * premiumSentence(negotiation.premium, vendorNames(results), 'USD');
 * // 'Northwind Contact has the lowest expected loss and Lowell Outsourcing the lowest price: Northwind Contact is worth up to $2.44M a year more than Lowell Outsourcing, the difference of their expected losses.'
 */
export function premiumSentence(premium: Negotiation['premium'], nameOf: (vendor: string) => string, currency: string): string | undefined {
  if (premium === null) return undefined;
  const safer = nameOf(premium.safer);
  const cheaper = nameOf(premium.cheaper);
  return `${safer} has the lowest expected loss and ${cheaper} the lowest price: ${safer} is worth up to ${formatMoney(premium.amount, currency)} a year more than ${cheaper}, the difference of their expected losses.`;
}

/**
 * What the decision tornado measures, and where it stands now.
 *
 * @example
 * decisionTornadoSentence(sensitivity.decision!, vendorNames(results), 'USD');
 * // "Bluepeak BPO's price plus expected loss minus Northwind Contact's is -$8.34k a year (below 0, Bluepeak BPO is the cheaper). Each bar moves one assumption, every other at its distribution."
 */
export function decisionTornadoSentence(decision: NonNullable<Sensitivity['decision']>, nameOf: (vendor: string) => string, currency: string): string {
  const a = nameOf(decision.a);
  return `${a}'s price plus expected loss minus ${nameOf(decision.b)}'s is ${formatMoney(decision.base, currency)} a year (below 0, ${a} is the cheaper). Each bar moves one assumption, every other at its distribution.`;
}

/**
 * How far the tornado moves each kind of input.
 *
 * @example
 * swingSentence(0.25); // 'An uncertain assumption moves from its 10th to its 90th percentile; a plain number 25% either way of its value.'
 */
export function swingSentence(swing: number): string {
  return `An uncertain assumption moves from its ${ordinal(100 * TORNADO_QUANTILES[0])} to its ${ordinal(100 * TORNADO_QUANTILES[1])} percentile; a plain number ${Math.round(100 * swing)}% either way of its value.`;
}

/**
 * What the variance shares are shares of.
 *
 * @example
 * varianceSharesSentence(sensitivity.varianceShares!, vendorNames(results));
 * // "Each uncertain assumption's share of the variance, over the assumption draws, of Bluepeak BPO's price plus expected loss minus Northwind Contact's (first order; binning may overstate a share by up to 0.05%)."
 */
export function varianceSharesSentence(shares: NonNullable<Sensitivity['varianceShares']>, nameOf: (vendor: string) => string): string {
  return `Each uncertain assumption's share of the variance, over the assumption draws, of ${nameOf(shares.a)}'s price plus expected loss minus ${nameOf(shares.b)}'s (first order; binning may overstate a share by up to ${Number((100 * shares.bias).toPrecision(2))}%).`;
}

/**
 * The expected value of perfect information in words.
 *
 * @example
 * evpiSentence(voi, vendorNames(results), 'USD');
 * // 'Knowing every uncertain assumption exactly before choosing would be worth $22.2k a year in expectation (± $112) over choosing Bluepeak BPO now.'
 */
export function evpiSentence(voi: ValueOfInformation, nameOf: (vendor: string) => string, currency: string): string {
  const money = (x: number) => formatMoney(x, currency);
  if (voi.chosen === null) return 'There is no candidate to choose, so no information is worth anything.';
  return `Knowing every uncertain assumption exactly before choosing would be worth ${money(voi.evpi)} a year in expectation (± ${money(voi.evpiStandardError)}) over choosing ${nameOf(voi.chosen)} now.`;
}

/**
 * The plain-number inputs, which the value of information treats as known.
 *
 * @example
 * plainInputsSentence(['Mean loss per breach', 'Share of exposure through the contact centre']);
 * // 'The 2 plain-number inputs (mean loss per breach; share of exposure through the contact centre) are treated as known, so they have no value of information here; what they do to the answer is in the tornado and the switching values.'
 */
export function plainInputsSentence(labels: readonly string[]): string | undefined {
  if (labels.length === 0) return undefined;
  // Labels hold colons and commas, so the list is kept apart by semicolons.
  const which = `${labels.length === 1 ? 'The plain-number input' : `The ${labels.length} plain-number inputs`} (${labels.map(lowerFirst).join('; ')})`;
  return `${which} ${labels.length === 1 ? 'is' : 'are'} treated as known, so ${labels.length === 1 ? 'it has' : 'they have'} no value of information here; what ${labels.length === 1 ? 'it does' : 'they do'} to the answer is in the tornado and the switching values.`;
}

/**
 * How many inputs have no value within their range that would change the answer.
 *
 * @example
 * unchangedSentence(1, 20); // 'For 1 of the 20 inputs, no value within its range would change the answer.'
 */
export function unchangedSentence(unchanged: number, inputs: number): string {
  if (unchanged === 0) return `Every one of the ${inputs} inputs has a value within its range that would change the answer.`;
  return `For ${unchanged} of the ${inputs} inputs, no value within ${unchanged === 1 ? 'its' : 'their'} range would change the answer.`;
}

/**
 * A rank as people say it.
 *
 * @example
 * ordinal(1); // '1st'
 * ordinal(12); // '12th'
 * ordinal(22); // '22nd'
 */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** The vendor names of a run, by id. */
export function vendorNames(results: Pick<Results, 'vendors'>): (id: string) => string {
  const names = new Map(results.vendors.map((v) => [v.id, v.name]));
  return (id) => names.get(id) ?? id;
}

/** "a", "a and b", "a, b and c". */
function listOf(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
