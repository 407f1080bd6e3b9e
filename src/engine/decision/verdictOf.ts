import type { Comparison, MeanEstimate, Verdict, VendorResult } from '../results.js';

/** What the verdict reads of a vendor: the year's figures, or the contract's (its present value as the cost). */
export type VerdictVendor = Pick<VendorResult, 'id' | 'annualPrice' | 'riskAdjustedCost' | 'probabilityCheapest'> & {
  expectedLoss: Pick<MeanEstimate, 'standardError'>;
};

/** What the verdict reads of a paired comparison. */
export type VerdictComparison = Pick<Comparison, 'a' | 'b' | 'meanDifference' | 'standardError'>;

/** The top two are told apart when their paired difference exceeds this many standard errors. */
export const SEPARATION_STANDARD_ERRORS = 2;

/**
 * The run's answer from its figures (see `Verdict`): the first of `ranking` is named; it
 * is `clear` when its lead over the second exceeds 2 standard errors of their paired
 * difference, a `tie` when the two have the same price and the same expected loss in
 * every trial, `unresolved` otherwise. `mostOftenCheapest` names the candidate with the
 * highest `probabilityCheapest` when that is another than the one named, so that the
 * answer can say both.
 *
 * @example
 * verdictOf(results.vendors, results.comparisons, ['bluepeak', 'northwind']);
 * // { kind: 'clear', best: 'bluepeak', runnerUp: 'northwind', lead: { mean: 8200, standardError: 210 } }
 */
export function verdictOf(vendors: readonly VerdictVendor[], comparisons: readonly VerdictComparison[], ranking: readonly string[]): Verdict {
  if (ranking.length === 0) return { kind: 'none' };
  const byId = new Map(vendors.map((v) => [v.id, v]));
  const best = byId.get(ranking[0])!;
  if (ranking.length === 1) return { kind: 'single', best: best.id };
  const runnerUp = byId.get(ranking[1])!;
  const pair = comparisons.find((c) => (c.a === best.id && c.b === runnerUp.id) || (c.a === runnerUp.id && c.b === best.id));
  // Without the pair (beyond 20 vendors, when the two were not compared), the sum of the two
  // standard errors bounds their difference's: sd(a - b) <= sd(a) + sd(b).
  const standardError = pair ? pair.standardError : best.expectedLoss.standardError + runnerUp.expectedLoss.standardError;
  const lead = { mean: runnerUp.riskAdjustedCost - best.riskAdjustedCost, standardError };
  const identical = pair !== undefined && best.annualPrice === runnerUp.annualPrice && pair.meanDifference === 0 && pair.standardError === 0;
  const kind = identical ? 'tie' : lead.mean > SEPARATION_STANDARD_ERRORS * lead.standardError ? 'clear' : 'unresolved';
  const verdict: Verdict = { kind, best: best.id, runnerUp: runnerUp.id, lead };
  if (!pair) verdict.leadUnpaired = true;
  const mostOften = ranking.map((id) => byId.get(id)!).reduce((m, v) => (v.probabilityCheapest > m.probabilityCheapest ? v : m));
  if (mostOften.id !== best.id) verdict.mostOftenCheapest = mostOften.id;
  return verdict;
}
