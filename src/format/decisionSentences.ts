import type { Ask, CheapestSet, InputUnit, Results, SwitchingValue, ValueOfInformation, VendorNegotiation } from '../engine/index.js';
import { shortLabel } from '../engine/index.js';
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
    text += ask.return === null
      ? ` It is offered at no cost.`
      : ` At ${money(ask.annualCost)} a year it returns ${formatPercent(ask.return)} of its cost.`;
  }
  return text;
}

/**
 * A candidate's break-even price in words.
 *
 * @example
 * breakEvenSentence(harbor, 'USD');
 * // 'Harbor Support would tie the cheapest at a price of $5.98M a year, $320k below its price.'
 */
export function breakEvenSentence(v: VendorNegotiation, cheapest: boolean, currency: string): string {
  const money = (x: number) => formatMoney(x, currency);
  if (v.breakEvenPrice === null || v.headroom === null) return `${v.name} is the only candidate: there is no price to break even with.`;
  if (cheapest) {
    return `${v.name} stays the cheapest up to a price of ${money(v.breakEvenPrice)} a year, ${money(v.headroom)} above its price.`;
  }
  return `${v.name} would tie the cheapest at a price of ${money(v.breakEvenPrice)} a year, ${money(-v.headroom)} below its price.`;
}

/**
 * The cheapest set of controls that makes a candidate the cheapest, in words.
 *
 * @example
 * cheapestSetSentence(harbor, results); // 'Adding MFA and VDI ($210k a year) would make Harbor Support the cheapest, at $8.70M a year.'
 */
export function cheapestSetSentence(v: VendorNegotiation, set: CheapestSet, labelOf: (control: string) => string, currency: string): string {
  const money = (x: number) => formatMoney(x, currency);
  switch (set.status) {
    case 'cheapest':
      return `${v.name} is already the cheapest.`;
    case 'found':
      return `Adding ${listOf(set.controls.map((c) => lowerFirst(shortLabel(labelOf(c)))))} (${money(set.addedCost)} a year) would make ${v.name} the cheapest, at ${money(set.cost)} a year.`;
    case 'none':
      return `No set of the controls with a cost stated would make ${v.name} the cheapest.`;
    case 'unpriced':
      return `No control ${v.name} could add has a cost stated (annualCost), so no set is searched.`;
    case 'too-many':
      return `${v.name} has ${set.options} priced controls to add, more than the 20 the exact search takes.`;
    default:
      return set satisfies never;
  }
}

/**
 * The value of information in words: the input most worth researching, and the rest.
 *
 * @example
 * informationSentence(results.valueOfInformation!, 'USD');
 * // 'Pinning down the PII redaction effect is worth up to $15.3k a year in expectation; no other assumption is worth more than $7.60k to research.'
 */
export function informationSentence(voi: ValueOfInformation, currency: string): string {
  const money = (x: number) => formatMoney(x, currency);
  const [first, second] = voi.inputs;
  if (!first || !(first.evppi > first.bias)) {
    return `No uncertain assumption is worth researching: knowing any of them exactly would not be expected to change the choice by more than its estimate's noise (${money(first?.bias ?? 0)} a year).`;
  }
  const rest = second ? `; no other assumption is worth more than ${money(second.evppi)} to research` : '';
  return `Pinning down ${lowerFirst(first.label)} is worth up to ${money(first.evppi)} a year in expectation${rest}.`;
}

/**
 * An input's switching value in words, the nearer side first; undefined when no value in its range changes the answer.
 *
 * @example
 * switchSentence(frequency, results); // 'If annual incidence (no controls) were above 39.4% instead of 39.0%, Northwind Contact would be the cheapest.'
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
  return `If ${lowerFirst(s.label)} were ${clauses.join('; if it were ')} (it is ${value(s.value)}).`;
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

/** The first letter in lower case, unless the word is an acronym ("MFA", "PCI DSS", "BYOD"). */
function lowerFirst(text: string): string {
  const word = text.split(/\s/)[0];
  if (word.length > 1 && word === word.toUpperCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
