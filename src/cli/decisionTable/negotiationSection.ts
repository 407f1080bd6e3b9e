import type { Negotiation } from '../../engine/index.js';
import { askSentence, breakEvenSentence, cheapestSetSentence, premiumSentence } from '../../format/decisionSentences.js';
import { separatingDigits } from '../../format/money.js';
import { heading, type DecisionLayout } from './decisionLayout.js';

/** The asks shown per vendor without `--wide`, the largest first. */
export const ASKS_SHOWN = 3;

/**
 * "What to negotiate": each candidate's price, expected loss, break-even price and
 * headroom; the premium worth paying for the safer candidate; and per candidate its
 * break-even in words, the cheapest set of controls that would make it the cheapest, and
 * what to ask it for (the three largest without `--wide`).
 *
 * @example
 * negotiationSection(results.negotiation!, layout)[1]; // 'What to negotiate'
 */
export function negotiationSection(negotiation: Negotiation, layout: DecisionLayout): string[] {
  const { results, money, wrap, bullet } = layout;
  const currency = results.currency;
  const lines = heading('What to negotiate');
  if (negotiation.vendors.length === 0) return [...lines, 'There is no candidate to negotiate with.'];
  // Enough digits that a break-even price reads differently from the price beside it.
  // Enough digits, too, that the candidates' costs (in ranking order) read differently.
  const digits = Math.max(
    separatingDigits(negotiation.vendors.map((v) => v.cost), currency),
    ...negotiation.vendors.map((v) => separatingDigits([v.annualPrice, v.breakEvenPrice ?? v.annualPrice], currency)),
  );
  const rows = negotiation.vendors.map((v) => [
    v.name,
    money(v.annualPrice, digits),
    money(v.expectedLoss),
    money(v.cost, digits),
    v.breakEvenPrice === null ? '-' : money(v.breakEvenPrice, digits),
    v.headroom === null ? '-' : money(v.headroom),
  ]);
  lines.push(...layout.columns([['Vendor', 'Price', 'Exp. loss', 'Cost', 'Break-even', 'Headroom'], ...rows]));
  lines.push('');
  lines.push(...wrap('Exact at the assumptions\' means, a year. Cost: price plus expected loss. Break-even: the price at which the vendor would tie the '
    + 'cheapest other candidate on cost (for the cheapest, the price up to which it stays so). Headroom: break-even minus price.'));
  const premium = premiumSentence(negotiation.premium, layout.nameOf, currency);
  if (premium) {
    lines.push('');
    lines.push(...wrap(premium));
  }
  for (const v of negotiation.vendors) {
    lines.push('');
    lines.push(`${v.name}:`);
    lines.push(...bullet(breakEvenSentence(v, v.id === negotiation.cheapest, currency)));
    if (v.cheapestSet.status !== 'cheapest') {
      const labelOf = (control: string) => v.asks.find((a) => a.control === control)?.label ?? control;
      lines.push(...bullet(cheapestSetSentence(v, v.cheapestSet, labelOf, currency)));
    }
    const shown = layout.wide ? v.asks : v.asks.slice(0, ASKS_SHOWN);
    for (const ask of shown) lines.push(...bullet(askSentence(v.name, ask, currency)));
    const more = v.asks.length - shown.length;
    if (more > 0) lines.push(...bullet(`${more} more ${more === 1 ? 'control' : 'controls'} to ask for: --wide lists ${more === 1 ? 'it' : 'them'}.`));
    // A candidate holding every control in full is already said so by its cheapest-set sentence.
    if (v.asks.length === 0 && v.cheapestSet.status === 'cheapest') lines.push(...bullet(`${v.name} holds every control in full: there is no control to ask for.`));
  }
  return lines;
}
