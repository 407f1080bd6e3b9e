import type { Results } from '../engine/index.js';
import { confidenceWords } from './confidence.js';
import { formatMoney } from './money.js';
import { verdictBasis, yearBasis, type BasisVendor, type VerdictBasis } from './verdictBasis.js';

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
 * one candidate. With contract terms the answer is the contract's ("Over the 3-year
 * contract, ..."), on the present value of what the retailer pays after the indemnity and
 * the insurance, and says when a year's cost alone would name another vendor.
 *
 * @example
 * segmentsText(verdictSentences(results).answer);
 * // 'Bluepeak BPO is the cheapest vendor once breach risk is priced in: $8.79M a year ($6.80M price + $1.99M expected breach loss), $8.47k less than Northwind Contact.'
 */
export function verdictSentences(results: Results): VerdictSentences {
  const basis = verdictBasis(results);
  const sentences = sentencesOn(basis, results.currency);
  // Over a contract, say when a year's cost alone would name another vendor.
  if (results.contract && basis.verdict.best && results.verdict.best && results.verdict.best !== basis.verdict.best &&
      (basis.verdict.kind === 'clear' || basis.verdict.kind === 'unresolved')) {
    const year = yearBasis(results).vendors.get(results.verdict.best)!;
    sentences.confidence.push(
      ...(sentences.confidence.length ? [' '] : []),
      'A year\u2019s cost alone (price plus expected breach loss, before indemnity and insurance) would put ', { vendor: year.id, name: year.name }, ' first.',
    );
  }
  return sentences;
}

function sentencesOn(basis: VerdictBasis, currency: string): VerdictSentences {
  const { verdict, opening, per } = basis;
  const money = (x: number) => formatMoney(x, currency);
  const name = (v: BasisVendor): Segment => ({ vendor: v.id, name: v.name });
  const cost = (v: BasisVendor): Segment => v.cost;
  const cheapest = (v: BasisVendor): Segment => v.cheapest;
  const open = (rest: Segment[]): Segment[] => (opening ? [opening, ...rest] : rest);
  const draws = basis.draws;

  if (verdict.kind === 'none' || !verdict.best) {
    return { answer: ['There is no vendor to compare: the only vendor is the reference, shown for scale.'], confidence: [] };
  }
  const best = basis.vendors.get(verdict.best)!;
  if (verdict.kind === 'single' || !verdict.runnerUp || !verdict.lead) {
    return {
      answer: open([name(best), ' is the only vendor to compare, so there is nothing to choose between: ', cost(best), `${per} ${best.breakdown}.`]),
      confidence: [],
    };
  }
  const second = basis.vendors.get(verdict.runnerUp)!;
  const lead: Segment = { value: verdict.lead.mean, metric: 'lead', text: money(verdict.lead.mean) };
  if (verdict.kind === 'tie') {
    return {
      answer: open([name(best), ' and ', name(second), ' tie: the same price and the same controls, ', cost(best), `${per} each ${best.breakdown}.`]),
      confidence: [],
    };
  }
  const others = [...basis.ranking].map((id) => basis.vendors.get(id)!).filter((v) => v.id !== best.id);
  const challenger = verdict.mostOftenCheapest ? basis.vendors.get(verdict.mostOftenCheapest)! : others.sort((a, b) => b.probabilityCheapest - a.probabilityCheapest)[0];
  if (verdict.kind === 'unresolved') {
    const precision: Segment = { value: verdict.lead.standardError, metric: 'lead-standard-error', text: money(verdict.lead.standardError) };
    return {
      answer: open([
        name(best), ' and ', name(second), ` are too close to tell apart with ${basis.trials}: `,
        cost(best), ' and ', cost(second), `${per}, `, lead, ' apart, within the simulation\u2019s precision (± ', precision,
        '). Run more trials to separate them.',
      ]),
      confidence: [
        'Over the ', draws, ', ', name(best), ' is the cheapest in ', cheapest(best), ' and ', name(second), ' in ', cheapest(second), '.',
      ],
    };
  }
  const answer: Segment[] = open([
    name(best), ' is the cheapest vendor once breach risk is priced in: ', cost(best), `${per} ${best.breakdown}, `,
    lead, ' less than ', name(second), '.',
  ]);
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
