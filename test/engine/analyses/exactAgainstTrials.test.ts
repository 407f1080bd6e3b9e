import { describe, expect, it } from 'vitest';
import { compileModel, DECISION_ANALYSES, type AnalysisName, expectedLosses, parseScenario, runScenario, type Results } from '../../../src/engine/index.js';
import { readJson } from '../../helpers/fixtures.js';

/**
 * The decision analytics computed in closed form against their Monte Carlo versions: each
 * exact figure is re-estimated by simulating a changed scenario (a control removed, an
 * input fixed at a swing's end, a price set to its break-even) on common random numbers,
 * and must lie within 4 standard errors of the paired estimate.
 */
const TRIALS = 100_000;

function defaultJson(): any {
  return readJson('models/retail-bpo-2021.json');
}

function run(json: object, analyses: readonly AnalysisName[] = DECISION_ANALYSES): Results {
  return runScenario(parseScenario(JSON.stringify(json)), { trials: TRIALS, analyses });
}

function vendor(results: Results, id: string) {
  const found = results.vendors.find((v) => v.id === id);
  if (!found) throw new Error(`no vendor ${id}`);
  return found;
}

/** The paired difference of expected losses a - b, and its standard error. */
function paired(results: Results, a: string, b: string) {
  const c = results.comparisons.find((x) => (x.a === a && x.b === b) || (x.a === b && x.b === a));
  if (!c) throw new Error(`no comparison of ${a} and ${b}`);
  const sign = c.a === a ? 1 : -1;
  return { difference: sign * c.meanDifference, standardError: c.standardError };
}

const base = run(defaultJson());

/** Each vendor's conditional mean within 4 standard errors of its exact loss (and to rounding when it has no uncertain input). */
function expectWithin(results: Results, losses: number[]) {
  results.vendors.forEach((v, j) => expect(Math.abs(v.expectedLoss.mean - losses[j])).toBeLessThanOrEqual(4 * v.expectedLoss.standardError + 1e-12 * losses[j]));
}

describe('the exact expected loss against the trials', () => {
  it("matches each vendor's conditional Monte Carlo mean within 4 standard errors on the default model", () => {
    const losses = expectedLosses(compileModel(parseScenario(JSON.stringify(defaultJson()))));
    expectWithin(base, losses);
  });

  it('matches them too with an uncertain incidence, whose breach rate is E[-ln(1 - p)], not the rate at the mean', () => {
    const json = defaultJson();
    json.frequency.annualIncidence = { dist: 'pert', min: 0.2, mode: 0.39, max: 0.6 };
    const results = run(json, []);
    const losses = expectedLosses(compileModel(parseScenario(JSON.stringify(json))));
    expectWithin(results, losses);
  });
});

describe('what each control is worth, against the trials', () => {
  const values = base.controlValues!.vendors;
  const entry = (vendorId: string, control: string) => values.find((v) => v.id === vendorId)!.controls.find((c) => c.control === control)!;

  it("re-estimates a held control's value as the paired loss of a copy of the vendor without it", () => {
    const json = defaultJson();
    const bluepeak = json.vendors.find((v: any) => v.id === 'bluepeak');
    json.vendors.push({ ...bluepeak, id: 'bluepeak-no-mfa', name: 'Bluepeak without MFA', controls: bluepeak.controls.filter((c: string) => c !== 'mfa') });
    const { difference, standardError } = paired(run(json, []), 'bluepeak-no-mfa', 'bluepeak');
    const exact = entry('bluepeak', 'mfa');
    expect(exact.status).toBe('held');
    expect(Math.abs(difference - exact.ifRemoved!)).toBeLessThan(4 * standardError);
  });

  it("re-estimates full coverage of a partial control and an added control the same way", () => {
    const json = defaultJson();
    const harbor = json.vendors.find((v: any) => v.id === 'harbor');
    const full = harbor.controls.map((c: any) => (typeof c === 'object' && c.id === 'mfa' ? 'mfa' : c));
    json.vendors.push({ ...harbor, id: 'harbor-full-mfa', name: 'Harbor, full MFA', controls: full });
    json.vendors.push({ ...harbor, id: 'harbor-vdi', name: 'Harbor with VDI', controls: [...harbor.controls, 'vdi'] });
    const results = run(json, []);
    const partial = entry('harbor', 'mfa');
    expect(partial.status).toBe('partial');
    const completed = paired(results, 'harbor', 'harbor-full-mfa');
    expect(Math.abs(completed.difference - partial.ifFull!)).toBeLessThan(4 * completed.standardError);
    const added = paired(results, 'harbor', 'harbor-vdi');
    expect(Math.abs(added.difference - entry('harbor', 'vdi').ifFull!)).toBeLessThan(4 * added.standardError);
  });
});

describe('the tornado, against the trials', () => {
  it("re-estimates a vendor's loss with an uncertain input fixed at its 10th and 90th percentiles", () => {
    const tornado = base.sensitivity!.vendors.find((v) => v.id === 'bluepeak')!;
    const bar = tornado.bars.find((b) => b.input === 'effect:mfa:0')!;
    expect(bar.kind).toBe('uncertain');
    for (const [at, expected] of [[bar.low, bar.atLow], [bar.high, bar.atHigh]] as const) {
      const json = defaultJson();
      json.controls.mfa.effects[0].reduction = at;
      const v = vendor(run(json, []), 'bluepeak');
      expect(Math.abs(v.expectedLoss.mean - expected)).toBeLessThan(4 * v.expectedLoss.standardError);
    }
  });
});

describe('what to negotiate, against the trials', () => {
  it("prices Northwind at its break-even: its paired cost difference from the cheapest is within 4 standard errors of 0", () => {
    const deal = base.negotiation!;
    const northwind = deal.vendors.find((v) => v.id === 'northwind')!;
    const json = defaultJson();
    json.vendors.find((v: any) => v.id === 'northwind').annualPrice = northwind.breakEvenPrice;
    const results = run(json, []);
    const { difference, standardError } = paired(results, 'northwind', deal.cheapest!);
    const priceGap = northwind.breakEvenPrice! - vendor(results, deal.cheapest!).annualPrice;
    expect(Math.abs(priceGap + difference)).toBeLessThan(4 * standardError);
  });
});

describe('what would change the answer, against the trials', () => {
  it('sets the incidence to its switching value: the two vendors named tie within 4 standard errors', () => {
    const frequency = base.switchingValues!.inputs.find((i) => i.input === 'frequency')!;
    const above = frequency.above!;
    const json = defaultJson();
    json.frequency.annualIncidence = above.value;
    const results = run(json, []);
    const { difference, standardError } = paired(results, above.vendor, frequency.cheapest!);
    const priceGap = vendor(results, above.vendor).annualPrice - vendor(results, frequency.cheapest!).annualPrice;
    expect(Math.abs(priceGap + difference)).toBeLessThan(4 * standardError);
  });
});
