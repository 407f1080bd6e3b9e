import type { Model } from '../model/compileModel.js';
import { recordLength, type VendorKernel } from './vendorKernel.js';

/**
 * The vendor kernel without code generation, for where `new Function` is refused (a page
 * under a Content Security Policy without 'unsafe-eval'): the same operations in the same
 * order as `compileVendorKernel`'s generated code (products from 1 in catalogue order,
 * sums from 0 in slot order), so the same bits, read from the model's arrays instead of
 * written out. About ten times slower (0.5 s against 0.05 s for the default model at a
 * million trials).
 *
 * @example
 * const kernel = interpretedVendorKernel(model);
 * kernel(reductionColumns, null, 0.494, 0, 1024, out); // as compileVendorKernel(model) would
 */
export function interpretedVendorKernel(model: Model): VendorKernel {
  const vectorCount = model.vectorShares.length;
  const componentCount = model.componentShares.length;
  const amplifierCount = model.amplifierProbabilities.length;
  const vendorCount = model.vendors.length;
  const length = recordLength(model);
  const amplifierExpected = Float64Array.from(model.amplifierProbabilities, (q, a) => q * model.amplifierMeans[a]);
  const fixed = Float64Array.from(model.effects, (e) => e.reduction.mean);
  const drawn = model.effects.map((e) => !e.fixed);
  const multipliers = new Float64Array(model.slotCount);

  return (reductions, lambdas, fixedLambda, from, to, out) => {
    for (let t = from, o = 0; t < to; t++, o += vendorCount * length) {
      const lambda = lambdas === null ? fixedLambda : lambdas[t];
      for (let j = 0; j < vendorCount; j++) {
        const { factorSlots, factorEffects, factorCoverages } = model.vendors[j];
        multipliers.fill(1);
        for (let k = 0; k < factorSlots.length; k++) {
          const e = factorEffects[k];
          const r = drawn[e] ? reductions[e][t] : fixed[e];
          multipliers[factorSlots[k]] = multipliers[factorSlots[k]] * (1 - r * factorCoverages[k]);
        }
        const record = o + j * length;
        let surviving = 0;
        for (let v = 0; v < vectorCount; v++) {
          surviving = surviving + model.vectorShares[v] * multipliers[v];
          out.records[record + v] = multipliers[v];
        }
        let factor = 0;
        for (let c = 0; c < componentCount; c++) factor = factor + model.componentShares[c] * multipliers[vectorCount + c];
        out.records[record + vectorCount] = factor;
        let amplified = 0;
        for (let a = 0; a < amplifierCount; a++) {
          const m = multipliers[vectorCount + componentCount + a];
          amplified = amplified + amplifierExpected[a] * m;
          out.records[record + vectorCount + 1 + a] = m;
        }
        out.expected[j][t] = lambda * surviving * (model.perBreach.mean * factor + amplified);
      }
    }
  };
}
