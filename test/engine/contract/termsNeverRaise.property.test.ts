import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { modelFor, runScenario, simulateBlock } from '../../../src/engine/index.js';
import { readJson } from '../../helpers/fixtures.js';
import { scenarioOf } from './contractHelpers.js';

/**
 * The indemnity and the insurance only ever pay the retailer: for any terms, every trial's
 * net loss of every year lies between 0 and its gross loss, what the terms paid is the
 * gross less the net, and no reported payment is negative. The default model (uncertain
 * parameters, amplifiers) with random terms, a block of 2,000 trials per case.
 */

const TRIALS = 2_000;
const money = (max: number) => fc.double({ min: 0, max, noNaN: true });
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const indemnity = fc.record({
  share: fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true })),
  capPerYear: maybe(fc.oneof(fc.constant(0), money(2e7))),
  capPerContract: maybe(money(4e7)),
}, { requiredKeys: ['share'] });

const insurance = fc.record({
  retention: fc.oneof(fc.constant(0), money(1e7)),
  limit: fc.oneof(fc.constant(0), money(5e7)),
  per: fc.constantFrom('event', 'year'),
  aggregateLimit: maybe(money(6e7)),
  coinsurance: maybe(fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true }))),
  premium: money(1e6),
}, { requiredKeys: ['retention', 'limit', 'per', 'premium'] });

const terms = fc.record({
  years: fc.integer({ min: 1, max: 3 }),
  costTrend: fc.double({ min: -0.5, max: 1, noNaN: true }),
  discountRate: fc.double({ min: 0, max: 1, noNaN: true }),
  indemnities: fc.array(maybe(indemnity), { minLength: 5, maxLength: 5 }),
  insurance: maybe(insurance),
  seed: fc.integer({ min: 0, max: 1e6 }),
});

/** Drops the keys fast-check left undefined (the format has no `undefined`). */
const defined = <T extends object>(o: T): T => JSON.parse(JSON.stringify(o));

type Terms = typeof terms extends fc.Arbitrary<infer R> ? R : never;

function scenarioFor(t: Terms) {
  const raw = readJson('models/retail-bpo-2021.json');
  raw.contract = { years: t.years, costTrend: t.costTrend, discountRate: t.discountRate };
  raw.vendors.forEach((v: any, j: number) => t.indemnities[j] && (v.indemnity = defined(t.indemnities[j]!)));
  if (t.insurance) raw.insurance = defined(t.insurance);
  raw.simulation.seed = `terms-${t.seed}`;
  return scenarioOf(raw);
}

describe('indemnity and insurance never raise the net loss (property, random terms)', () => {
  it('per trial: 0 <= net <= gross in every year for every vendor, and paid = gross - net', () => {
    fc.assert(
      fc.property(terms, (t) => {
        const model = modelFor(scenarioFor(t), { trials: TRIALS });
        const columns = simulateBlock(model, 0);
        const book = columns.contract!;
        expect(book.years).toBe(t.years);
        for (let y = 0; y < t.years; y++) {
          for (let j = 0; j < model.vendors.length; j++) {
            const [trials, gross, net] = [book.trials[y][j], book.gross[y][j], book.net[y][j]];
            let lost = 0;
            const bad: number[] = [];
            for (let k = 0; k < trials.length; k++) {
              const ordered = k === 0 || trials[k] > trials[k - 1];
              if (!ordered || !(gross[k] > 0) || !(net[k] >= 0) || !(net[k] <= gross[k])) bad.push(k);
              lost += gross[k] - net[k];
            }
            expect(bad.map((k) => ({ trial: trials[k], gross: gross[k], net: net[k] }))).toEqual([]);
            const paid = book.indemnity[y][j] + book.insurance[y][j];
            expect(book.indemnity[y][j]).toBeGreaterThanOrEqual(0);
            expect(book.insurance[y][j]).toBeGreaterThanOrEqual(0);
            // Summed in another order: equal to 1e-9 of the year's gross.
            const scale = gross.reduce((a, b) => a + b, 0);
            expect(Math.abs(paid - lost)).toBeLessThanOrEqual(1e-9 * scale);
            // Without a share or with a share of 0, the vendor pays nothing; with none, the insurance nothing.
            if (!(t.indemnities[j]?.share)) expect(book.indemnity[y][j]).toBe(0);
            if (!t.insurance) expect(book.insurance[y][j]).toBe(0);
            // The caps and limits bound what is paid over the block: at most the cap in each trial with a breach.
            const terms = t.indemnities[j];
            const slack = 1 + 1e-12;
            // (plus 1e-300: a subnormal share's products round with an error no relative slack covers)
            if (terms) expect(book.indemnity[y][j]).toBeLessThanOrEqual(terms.share * scale * slack + 1e-300);
            if (terms?.capPerYear !== undefined) expect(book.indemnity[y][j]).toBeLessThanOrEqual(terms.capPerYear * trials.length * slack);
            const cover = t.insurance;
            if (cover?.aggregateLimit !== undefined) expect(book.insurance[y][j]).toBeLessThanOrEqual(cover.aggregateLimit * trials.length * slack);
            if (cover?.per === 'year') expect(book.insurance[y][j]).toBeLessThanOrEqual(cover.limit * trials.length * slack);
          }
        }
        // A cap per contract bounds each trial's indemnity over all its years.
        t.indemnities.forEach((terms, j) => {
          if (terms?.capPerContract === undefined) return;
          const contracts = new Set(book.trials.flatMap((rows) => Array.from(rows[j]))).size;
          const paid = book.indemnity.reduce((s, row) => s + row[j], 0);
          expect(paid).toBeLessThanOrEqual(terms.capPerContract * contracts * (1 + 1e-12));
        });
      }),
      { numRuns: 40, seed: 11 },
    );
  });

  it('reported: payments >= 0, the plain net mean <= the plain gross mean, and the estimated net below the gross within its error', () => {
    fc.assert(
      fc.property(terms, (t) => {
        const scenario = scenarioFor(t);
        const model = modelFor(scenario, { trials: TRIALS });
        const book = simulateBlock(model, 0).contract!;
        const results = runScenario(scenario, { trials: TRIALS });
        results.contract!.vendors.forEach((v, j) => {
          v.years.forEach((year, y) => {
            expect(year.indemnity).toBeGreaterThanOrEqual(0);
            expect(year.insurance).toBeGreaterThanOrEqual(0);
            const plainGross = book.gross[y][j].reduce((a, b) => a + b, 0) / TRIALS;
            expect(year.netLoss.sample.mean).toBeLessThanOrEqual(plainGross * (1 + 1e-12));
            // The control variate's net can exceed the conditional gross only by Monte Carlo error
            // (when the terms pay nothing, net = gross and the two estimators differ by (1 - beta) x mean Z).
            const se = Math.hypot(year.netLoss.standardError, year.grossLoss.standardError, year.netLoss.sample.standardError);
            expect(year.netLoss.mean).toBeLessThanOrEqual(year.grossLoss.mean + 4 * se);
          });
          expect(v.total.netLoss.sample.mean).toBeLessThanOrEqual(v.years.reduce((s, _, y) => s + book.gross[y][j].reduce((a, b) => a + b, 0) / TRIALS, 0) * (1 + 1e-12));
        });
      }),
      { numRuns: 25, seed: 12 },
    );
  });
});
