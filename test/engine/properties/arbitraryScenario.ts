import fc from 'fast-check';
import { validateScenario, type Scenario } from '../../../src/engine/index.js';
import { readJson } from '../../helpers/fixtures.js';

/**
 * Valid scenarios for property tests, extremes included, built on the default model's
 * catalogue: a breach rate from none to five a year (fixed, lognormal or triangular), or 50
 * or 1e-9, or an incidence (fixed or PERT); a loss per breach from a thousand to a billion
 * with a lognormal sigma from 0.01 to 4, or the largest the validator allows (a mean of 1e15
 * with sigma 10); control effects fixed anywhere in [0, 1] or uncertain, one to eight
 * vendors holding any subset of the controls at any coverage (the first sometimes the
 * reference), prices from 0 to $10M, and sometimes a contract of one to ten years with an
 * indemnity, any cost trend, discount rate and price escalation the validator allows, and
 * sometimes insurance. Every one is checked by the validator (a generated scenario it
 * refuses is a bug of this generator).
 */

const base = () => readJson('models/retail-bpo-2021.json');
const CONTROL_IDS = Object.keys(base().controls);

const frequency = fc.oneof(
  fc.double({ min: 0, max: 0.95, noNaN: true }).map((p) => ({ annualIncidence: p })),
  fc.double({ min: 0, max: 5, noNaN: true }).map((rate) => ({ annualRate: rate })),
  fc.constantFrom(50, 1e-9).map((rate) => ({ annualRate: rate })),
  fc.tuple(fc.double({ min: 0, max: 4, noNaN: true }), fc.double({ min: 0, max: 4, noNaN: true }), fc.double({ min: 0, max: 4, noNaN: true }))
    .map((xs) => xs.sort((a, b) => a - b))
    .filter(([min, , max]) => max > min)
    .map(([min, mode, max]) => ({ annualRate: { dist: 'triangular', min, mode, max } })),
  fc.record({ median: fc.double({ min: 0.01, max: 3, noNaN: true }), sigma: fc.double({ min: 0.01, max: 1.5, noNaN: true }) })
    .map((d) => ({ annualRate: { dist: 'lognormal', ...d } })),
  fc.tuple(fc.double({ min: 0, max: 0.9, noNaN: true }), fc.double({ min: 0, max: 0.9, noNaN: true }), fc.double({ min: 0, max: 0.9, noNaN: true }))
    .map((xs) => xs.sort((a, b) => a - b))
    .filter(([min, , max]) => max > min)
    .map(([min, mode, max]) => ({ annualIncidence: { dist: 'pert', min, mode, max } })),
);

const perBreach = fc.oneof(
  fc.record({ mean: fc.double({ min: 1e3, max: 1e9, noNaN: true }), sigma: fc.double({ min: 0.01, max: 4, noNaN: true }) })
    .map((d) => ({ dist: 'lognormal', ...d })),
  fc.double({ min: 0, max: 1e8, noNaN: true }),
  // The extremes the validator allows: the largest mean with the widest sigma.
  fc.constantFrom({ dist: 'lognormal', mean: 1e15, sigma: 10 }, { dist: 'lognormal', median: 1e9, sigma: 3 }),
);

const reduction = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.constantFrom(0, 1),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => ({ dist: 'uniform', min: Math.min(a, b), max: Math.max(a, b) })),
);

const vendorControls = fc.subarray(CONTROL_IDS).chain((ids) =>
  fc.tuple(...ids.map((id) => fc.oneof(fc.constant(id), fc.double({ min: 0, max: 1, noNaN: true }).map((coverage) => ({ id, coverage })))))
    .map((list) => list as (string | { id: string; coverage: number })[]),
);

const vendor = (i: number) => fc.record({
  annualPrice: fc.double({ min: 0, max: 1e7, noNaN: true }),
  controls: vendorControls,
}).map((v) => ({ id: `v${i}`, name: `Vendor ${i}`, ...v }));

/** The raw JSON of a valid scenario (see above); `trials` fixed by the caller. */
export function arbitraryScenarioJson(trials: number, { contract = true } = {}) {
  return fc.record({
    frequency,
    perBreach,
    reductions: fc.dictionary(fc.constantFrom(...CONTROL_IDS), reduction),
    vendors: fc.integer({ min: 1, max: 8 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => vendor(i)))),
    reference: fc.boolean(),
    seed: fc.string({ minLength: 1, maxLength: 8 }),
    contract: contract
      ? fc.option(fc.record({
        years: fc.integer({ min: 1, max: 10 }),
        share: fc.double({ min: 0, max: 1, noNaN: true }),
        costTrend: fc.option(fc.double({ min: -0.5, max: 1, noNaN: true }), { nil: undefined }),
        discountRate: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
        escalation: fc.option(fc.double({ min: -0.5, max: 1, noNaN: true }), { nil: undefined }),
        insurance: fc.option(fc.record({
          retention: fc.double({ min: 0, max: 1e7, noNaN: true }),
          limit: fc.double({ min: 0, max: 1e8, noNaN: true }),
          per: fc.constantFrom('event', 'year'),
          coinsurance: fc.double({ min: 0, max: 1, noNaN: true }),
          premium: fc.double({ min: 0, max: 1e6, noNaN: true }),
        }), { nil: undefined }),
      }), { nil: undefined })
      : fc.constant(undefined),
  }).map((g) => {
    const json = base();
    json.simulation = { trials, seed: g.seed };
    const { vectors, source } = json.frequency;
    json.frequency = { ...g.frequency, vectors, source };
    json.magnitude.perBreach = g.perBreach;
    for (const [id, r] of Object.entries(g.reductions)) json.controls[id].effects[0].reduction = r;
    json.vendors = g.vendors.map((v, i) => ({ ...v, ...(g.reference && i === 0 && g.vendors.length > 1 ? { reference: true } : {}) }));
    if (g.contract) {
      const { years, costTrend, discountRate, escalation, insurance } = g.contract;
      json.contract = { years, ...(costTrend === undefined ? {} : { costTrend }), ...(discountRate === undefined ? {} : { discountRate }) };
      json.vendors.forEach((v: { indemnity?: unknown; priceEscalation?: number }) => {
        v.indemnity = { share: g.contract!.share };
        if (escalation !== undefined) v.priceEscalation = escalation;
      });
      if (insurance) json.insurance = insurance;
    }
    return json;
  });
}

/** A valid scenario from `arbitraryScenarioJson`, validated. */
export function arbitraryScenario(trials: number, options?: { contract?: boolean }): fc.Arbitrary<Scenario> {
  return arbitraryScenarioJson(trials, options).map((json) => {
    const result = validateScenario(json);
    if (!result.ok) throw new Error(`the generator made an invalid scenario: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    return result.scenario;
  });
}
