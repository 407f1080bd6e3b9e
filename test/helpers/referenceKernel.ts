import type { Model } from '../../src/engine/model/compileModel.js';
import { recordLength, type VendorKernel } from '../../src/engine/simulate/vendorKernel.js';

/**
 * The vendor kernel's definition, written for clarity and not for speed: for each trial
 * alone and each vendor, each slot's multiplier is the product, from 1 in catalogue
 * order, of `1 - reduction x coverage` over the vendor's controls on that slot (a fixed
 * effect's reduction is its mean); the survival is `sum_v share_v m_v`, the base factor
 * `sum_c share_c m_c` and the amplified part `sum_a (q_a E[A_a]) m_a`, each from 0 in slot
 * order; the expected loss is `lambda x survival x (E[L] x factor + amplified)`. The
 * record holds the vector multipliers, the factor, then the amplifier multipliers.
 *
 * @example
 * referenceKernel(model)(reductions, null, 0.494, 0, 100, out); // the bits compileVendorKernel(model) writes
 */
export function referenceKernel(model: Model): VendorKernel {
  const vectorCount = model.vectorShares.length;
  const componentCount = model.componentShares.length;
  const amplifierCount = model.amplifierProbabilities.length;
  const length = recordLength(model);
  return (reductions, lambdas, fixedLambda, from, to, out) => {
    for (let t = from; t < to; t++) {
      const lambda = lambdas === null ? fixedLambda : lambdas[t];
      model.vendors.forEach((vendor, j) => {
        const multiplier = new Array<number>(model.slotCount).fill(1);
        for (let k = 0; k < vendor.factorSlots.length; k++) {
          const effect = model.effects[vendor.factorEffects[k]];
          const reduction = effect.fixed ? effect.reduction.mean : reductions[vendor.factorEffects[k]][t];
          multiplier[vendor.factorSlots[k]] = multiplier[vendor.factorSlots[k]] * (1 - reduction * vendor.factorCoverages[k]);
        }
        let survival = 0;
        for (let v = 0; v < vectorCount; v++) survival = survival + model.vectorShares[v] * multiplier[v];
        let factor = 0;
        for (let c = 0; c < componentCount; c++) factor = factor + model.componentShares[c] * multiplier[vectorCount + c];
        let amplified = 0;
        for (let a = 0; a < amplifierCount; a++) {
          amplified = amplified + model.amplifierProbabilities[a] * model.amplifierMeans[a] * multiplier[vectorCount + componentCount + a];
        }
        const at = ((t - from) * model.vendors.length + j) * length;
        for (let v = 0; v < vectorCount; v++) out.records[at + v] = multiplier[v];
        out.records[at + vectorCount] = factor;
        for (let a = 0; a < amplifierCount; a++) out.records[at + vectorCount + 1 + a] = multiplier[vectorCount + componentCount + a];
        out.expected[j][t] = lambda * survival * (model.perBreach.mean * factor + amplified);
      });
    }
  };
}
