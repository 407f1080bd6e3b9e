import { describe, expect, it } from 'vitest';
import { compileModel, parseScenario } from '../../../src/engine/index.js';
import { compileVendorKernel, recordLength } from '../../../src/engine/simulate/vendorKernel.js';
import { referenceKernel } from '../../helpers/referenceKernel.js';
import { fillUniforms } from '../../../src/engine/random.js';
import { defaultModel, issueExample } from '../../helpers/fixtures.js';
import { constantScenario } from '../../helpers/scenarios.js';

/** Runs a kernel over `trials` trials of random reductions and rates; returns everything it wrote. */
function runKernel(model: ReturnType<typeof compileModel>, kernel: ReturnType<typeof compileVendorKernel>, trials: number, withLambdas: boolean) {
  const reductions = model.effects.map((_, e) => {
    const column = new Float64Array(trials);
    fillUniforms(`kernel-test-${e}`, column, trials);
    return column;
  });
  let lambdas: Float64Array | null = null;
  if (withLambdas) {
    lambdas = new Float64Array(trials);
    fillUniforms('kernel-test-lambda', lambdas, trials);
  }
  const out = {
    records: new Float64Array(trials * model.vendors.length * recordLength(model)),
    expected: model.vendors.map(() => new Float64Array(trials)),
  };
  kernel(reductions, lambdas, 0.4943, 0, trials, out);
  return { out };
}

describe('the vendor kernel', () => {
  const models = {
    'default model': compileModel(defaultModel()),
    'specification example': compileModel(parseScenario(JSON.stringify(issueExample()))),
    'fixed reductions': compileModel(parseScenario(JSON.stringify(constantScenario()))),
  };
  for (const [name, model] of Object.entries(models)) {
    for (const withLambdas of [false, true]) {
      it(`writes the bits of its definition (${name}, ${withLambdas ? 'a rate per trial' : 'a fixed rate'})`, () => {
        const kernel = runKernel(model, compileVendorKernel(model), 2_000, withLambdas);
        const definition = runKernel(model, referenceKernel(model), 2_000, withLambdas);
        expect(kernel.out.records).toEqual(definition.out.records);
        expect(kernel.out.expected).toEqual(definition.out.expected);
      });
    }
  }

  it('matches the closed form of the conditional expected loss (fixed reductions)', () => {
    const json = constantScenario();
    const model = models['fixed reductions'];
    const { out } = runKernel(model, compileVendorKernel(model), 10, false);
    // Vendor "partial": mfa at coverage 0.5 (credentials, phishing: 1 - 0.4), ivr (cardData: 1 - 0.9).
    const surviving = 0.3 * 0.6 + 0.2 * 0.6 + 0.1 + 0.4;
    const expected = 0.4943 * surviving * (4_000_000 * 1 + 0.6 * 1_000_000 + 0.25 * 3_000_000 * 0.1);
    expect(json.vendors[2].id).toBe('partial');
    expect(out.expected[2][0]).toBeCloseTo(expected, 6);
  });
});
