import type { Results, VendorResult } from '../engine/index.js';
import { confidenceWords } from './confidence.js';
import { formatMoney, formatPercent } from './money.js';
import { DRAWS } from './terms.js';

/**
 * A piece of the answer: plain text, a vendor's name, or a figure with its raw value (the
 * page draws a figure with `data-value`, `data-vendor` and `data-metric`; the command line
 * prints its text).
 */
export type Segment =
  | string
  | { vendor: string; name: string }
  | { value: number; text: string; metric: string; vendor?: string };

/** The answer in two sentences: what the run says, and how sure that is. */
export interface VerdictSentences {
  answer: Segment[];
  confidence: Segment[];
}

/**
 * The verdict of a run (`results.verdict`, decided by the engine) in words, the same on
 * the page and the command line, and never contradicting the figures: it names the
 * vendor the ranking puts first, says when the top two are too close for the trials
 * run (and suggests more), calls identical vendors a tie, says when another vendor is
 * cheapest in more of the assumption draws, and that there is nothing to compare with
 * one candidate.
 *
 * @example
 * segmentsText(verdictSentences(results).answer);
 * // 'Bluepeak BPO is the cheapest vendor once breach risk is priced in: $8.79M a year ($6.80M price + $1.99M expected breach loss), $8.47k less than Northwind Contact.'
 */
export function verdictSentences(results: Results): VerdictSentences {
  const { verdict } = results;
  const byId = new Map(results.vendors.map((v) => [v.id, v]));
  const money = (x: number) => formatMoney(x, results.currency);
  const name = (v: VendorResult): Segment => ({ vendor: v.id, name: v.name });
  const cost = (v: VendorResult): Segment => ({ value: v.riskAdjustedCost, vendor: v.id, metric: 'risk-adjusted-cost', text: money(v.riskAdjustedCost) });
  const cheapest = (v: VendorResult): Segment => ({ value: v.probabilityCheapest, vendor: v.id, metric: 'probability-cheapest', text: formatPercent(v.probabilityCheapest) });
  const breakdown = (v: VendorResult) => `(${money(v.annualPrice)} price + ${money(v.expectedLoss.mean)} expected breach loss)`;
  const draws = `${results.trials.toLocaleString('en-US')} ${DRAWS}`;

  if (verdict.kind === 'none' || !verdict.best) {
    return { answer: ['There is no vendor to compare: the only vendor is the reference, shown for scale.'], confidence: [] };
  }
  const best = byId.get(verdict.best)!;
  if (verdict.kind === 'single' || !verdict.runnerUp || !verdict.lead) {
    return {
      answer: [name(best), ' is the only vendor to compare, so there is nothing to choose between: ', cost(best), ` a year ${breakdown(best)}.`],
      confidence: [],
    };
  }
  const second = byId.get(verdict.runnerUp)!;
  const lead: Segment = { value: verdict.lead.mean, metric: 'lead', text: money(verdict.lead.mean) };
  if (verdict.kind === 'tie') {
    return {
      answer: [name(best), ' and ', name(second), ' tie: the same price and the same controls, ', cost(best), ` a year each ${breakdown(best)}.`],
      confidence: [],
    };
  }
  const others = [...results.ranking].map((id) => byId.get(id)!).filter((v) => v.id !== best.id);
  const challenger = verdict.mostOftenCheapest ? byId.get(verdict.mostOftenCheapest)! : others.sort((a, b) => b.probabilityCheapest - a.probabilityCheapest)[0];
  if (verdict.kind === 'unresolved') {
    const precision: Segment = { value: verdict.lead.standardError, metric: 'lead-standard-error', text: money(verdict.lead.standardError) };
    return {
      answer: [
        name(best), ' and ', name(second), ` are too close to tell apart with ${results.trials.toLocaleString('en-US')} simulated years: `,
        cost(best), ' and ', cost(second), ' a year, ', lead, ' apart, within the simulation\u2019s precision (± ', precision,
        '). Run more trials to separate them.',
      ],
      confidence: [
        'Over the ', draws, ', ', name(best), ' is the cheapest in ', cheapest(best), ' and ', name(second), ' in ', cheapest(second), '.',
      ],
    };
  }
  const answer: Segment[] = [
    name(best), ' is the cheapest vendor once breach risk is priced in: ', cost(best), ` a year ${breakdown(best)}, `,
    lead, ' less than ', name(second), '.',
  ];
  if (verdict.mostOftenCheapest) {
    return {
      answer,
      confidence: [
        'But it is not the one most often cheapest: ', name(challenger), ' is the cheapest in ', cheapest(challenger), ' of ', draws,
        ' and ', name(best), ' in ', cheapest(best), '. ', name(best), ' wins on average because it saves more when it wins.',
      ],
    };
  }
  const confidence: Segment[] = [
    'How sure, given what we do not know about the assumptions: ', { value: best.probabilityCheapest, metric: 'confidence', vendor: best.id, text: confidenceWords(best.probabilityCheapest) },
    '. It is the cheapest in ', cheapest(best), ' of ', draws,
  ];
  if (challenger && challenger.probabilityCheapest > 0) confidence.push(', ', name(challenger), ' in ', cheapest(challenger));
  confidence.push('.');
  return { answer, confidence };
}

/**
 * The plain text of segments.
 *
 * @example
 * segmentsText(['Pay ', { value: 5, text: '$5', metric: 'price' }, '.']); // 'Pay $5.'
 */
export function segmentsText(segments: readonly Segment[]): string {
  return segments.map((s) => (typeof s === 'string' ? s : 'name' in s ? s.name : s.text)).join('');
}
