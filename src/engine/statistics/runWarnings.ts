import type { Distribution } from '../distributions/index.js';
import { normalQuantile } from '../math/index.js';
import type { Model } from '../model/compileModel.js';
import type { ResultWarning, VendorResult } from '../results.js';

/** A distribution is heavy-tailed for a run when more than this share of its mean lies in draws rarer than the run makes. */
export const HEAVY_TAIL_SHARE = 0.1;

/** Phi^-1(0.1): a lognormal's top 1/N of draws carry Phi(sigma - z_N) of its mean, above 10% exactly when sigma - z_N exceeds this. */
const Z_OF_SHARE = -1.2815515655446004;

/** Sample and conditional means disagree beyond this many combined standard errors. */
export const DISAGREEMENT_STANDARD_ERRORS = 4;

/** What the simulated years show of the loss distribution, and so what a tail they miss distorts. */
const YEAR_FIGURES = ['expectedLoss.sample', 'quantiles', 'tailValueAtRisk95', 'exceedance'];

/**
 * The warnings of a run: every lognormal input whose top 1-in-N draws carry more than 10%
 * of its mean, N being the draws of it that the run makes (trials for the frequency,
 * breaches for the loss per breach, breaches x probability for an amplifier), since the
 * simulated years cannot show such a tail; and every vendor whose sample mean differs
 * from its conditional mean by more than 4 combined standard errors.
 *
 * For a lognormal with log-sd sigma, the draws above its 1 - 1/N quantile carry
 * Phi(sigma - Phi^-1(1 - 1/N)) of its mean, so the test is sigma - Phi^-1(1 - 1/N) > Phi^-1(0.1).
 *
 * @example
 * runWarnings(model, vendors, 1_000_000, 494_000); // perBreach lognormal with sigma 10:
 * // [{ code: 'heavy-tail', path: 'magnitude.perBreach', figures: [...], message: '...' }, ...]
 */
export function runWarnings(model: Model, vendors: readonly VendorResult[], trials: number, baselineBreaches: number): ResultWarning[] {
  const warnings: ResultWarning[] = [];
  const heavy = (distribution: Distribution, draws: number) => {
    const sigma = (distribution as { sigma?: number }).sigma;
    if (distribution.kind !== 'lognormal' || sigma === undefined) return false;
    return draws < 2 || sigma - normalQuantile(1 - 1 / draws) > Z_OF_SHARE;
  };
  const describe = (distribution: Distribution, draws: number, what: string) =>
    `a lognormal with sigma ${round(((distribution as { sigma?: number }).sigma ?? 0))} has more than ${HEAVY_TAIL_SHARE * 100}% of its mean ` +
    `in draws rarer than 1 in ${Math.max(1, Math.round(draws)).toLocaleString('en-US')} (the ${what} this run simulates)`;

  if (!model.frequencyFixed && heavy(model.frequency, trials)) {
    warnings.push({
      code: 'heavy-tail',
      path: model.frequencyKind === 'rate' ? 'frequency.annualRate' : 'frequency.annualIncidence',
      figures: ['expectedLoss', 'probabilityOfBreach', 'expectedBreaches', 'probabilityCheapest', ...YEAR_FIGURES],
      message: `${describe(model.frequency, trials, 'trials')}: every figure, the expected loss too, rests on too few of its draws; run more trials or narrow it.`,
    });
  }
  const yearsMiss = 'the simulated years cannot show that tail, so the quantiles, TVaR, exceedance and sample mean understate it; the expected loss uses its exact mean.';
  if (heavy(model.perBreach, baselineBreaches)) {
    warnings.push({
      code: 'heavy-tail',
      path: 'magnitude.perBreach',
      figures: YEAR_FIGURES,
      message: `${describe(model.perBreach, baselineBreaches, 'breaches')}: ${yearsMiss}`,
    });
  }
  model.amplifierAmounts.forEach((amount, a) => {
    const draws = baselineBreaches * model.amplifierProbabilities[a];
    if (!heavy(amount, draws)) return;
    const name = model.amplifierNames[a];
    warnings.push({
      code: 'heavy-tail',
      path: `magnitude.amplifiers.${name}.amount`,
      figures: YEAR_FIGURES,
      message: `${describe(amount, draws, `"${name}" amounts`)}: ${yearsMiss}`,
    });
  });

  for (const vendor of vendors) {
    const { mean, standardError, sample } = vendor.expectedLoss;
    const combined = Math.sqrt(standardError * standardError + sample.standardError * sample.standardError);
    const gap = Math.abs(sample.mean - mean);
    if (!(gap > DISAGREEMENT_STANDARD_ERRORS * combined)) continue;
    const times = combined > 0 ? `${round(gap / combined)} standard errors` : 'more than its standard error of 0';
    warnings.push({
      code: 'sample-disagrees',
      vendor: vendor.id,
      figures: YEAR_FIGURES,
      message: `${vendor.name}: the mean of the simulated years differs from the expected loss by ${times}: ` +
        'the simulated years miss part of the loss distribution (a tail rarer than the trials reach), so the quantiles and tail figures understate it.',
    });
  }
  return warnings;
}

function round(x: number): string {
  return String(Number(x.toPrecision(3)));
}
