import type { Sensitivity, Tornado, TornadoBar } from '../../engine/index.js';
import { decisionTornadoSentence, formatInputValue, swingSentence, varianceSharesSentence } from '../../format/decisionSentences.js';
import { formatPercent } from '../../format/money.js';
import { heading, type DecisionLayout } from './decisionLayout.js';

/** The decision tornado's bars shown without `--wide`, the widest first. */
export const DECISION_BARS_SHOWN = 10;

/** Each vendor's tornado bars shown without `--wide`. */
export const VENDOR_BARS_SHOWN = 3;

/**
 * "Which assumption drives the answer": the decision tornado (the leader's cost minus the
 * runner-up's with each input at its low and its high), the widest bars of each vendor's
 * expected-loss tornado, and each uncertain input's share of the variance of the
 * decision's cost difference.
 *
 * @example
 * sensitivitySection(results.sensitivity!, layout)[1]; // 'Which assumption drives the answer'
 */
export function sensitivitySection(sensitivity: Sensitivity, layout: DecisionLayout): string[] {
  const { results, money, wrap, nameOf, wide } = layout;
  const currency = results.currency;
  const lines = heading('Which assumption drives the answer');
  const range = (bar: TornadoBar) => `${formatInputValue(bar.low, bar.unit, currency)}–${formatInputValue(bar.high, bar.unit, currency)}`;
  const barRows = (bars: readonly TornadoBar[]) => bars.map((bar) => [bar.label, range(bar), money(bar.atLow), money(bar.atHigh), money(bar.swing)]);
  const { decision } = sensitivity;
  if (decision) {
    lines.push(...wrap(decisionTornadoSentence(decision, nameOf, currency)));
    const bars = wide ? decision.bars : decision.bars.slice(0, DECISION_BARS_SHOWN);
    lines.push(...layout.columns([['Input', 'Low–high', 'At low', 'At high', 'Swing'], ...barRows(bars)]));
    if (bars.length < decision.bars.length) lines.push(`(${decision.bars.length - bars.length} narrower bars: --wide lists them.)`);
  } else lines.push('With one candidate there is no decision to swing.');
  lines.push(...wrap(swingSentence(sensitivity.swing)));

  const order = [...results.ranking, ...results.vendors.filter((v) => v.reference).map((v) => v.id)];
  const tornadoes = order.map((id) => sensitivity.vendors.find((t) => t.id === id)).filter((t): t is { id: string } & Tornado => t !== undefined);
  lines.push('');
  lines.push(wide ? 'Each vendor\'s expected loss a year, every bar:' : `Each vendor's expected loss a year, its ${VENDOR_BARS_SHOWN} widest bars:`);
  const rows = tornadoes.flatMap((t) => barRows(wide ? t.bars : t.bars.slice(0, VENDOR_BARS_SHOWN)).map((row, i) => [i === 0 ? nameOf(t.id) : '', ...row]));
  lines.push(...layout.columns([['Vendor', 'Input', 'Low–high', 'At low', 'At high', 'Swing'], ...rows], 2, 1));

  const shares = sensitivity.varianceShares;
  if (shares && shares.inputs.length > 0) {
    lines.push('');
    lines.push(...wrap(varianceSharesSentence(shares, nameOf)));
    lines.push(...layout.columns([['Input', 'Share'], ...shares.inputs.map((s) => [s.label, formatPercent(s.share)])]));
  }
  return lines;
}
