import type { Model } from '../model/compileModel.js';

/**
 * Fills, for every vendor and every trial of a block, the columns the simulation reads:
 * each touched slot's multiplier, the base-loss factor and the price plus conditional
 * expected loss. `reductions[e]` is effect e's column of draws (fixed effects are
 * compiled in as constants); `lambdas` the column of breach rates, or null when the
 * rate is `fixedLambda` in every trial.
 */
export type VendorKernel = (
  reductions: readonly Float64Array[],
  lambdas: Float64Array | null,
  fixedLambda: number,
  trials: number,
  columns: readonly KernelColumns[],
) => void;

/** One vendor's outputs: a column per slot (the slots it does not touch share a column of ones), base factor, cost. */
export interface KernelColumns {
  slots: Float64Array[];
  baseFactor: Float64Array;
  cost: Float64Array;
}

/**
 * Compiles a model's vendors into one function that runs a single loop over a block's
 * trials with every vendor's arithmetic written out (no inner loops): the products over
 * a vendor's controls in catalogue order starting from 1, and the sums over slots in slot
 * order starting from 0, exactly as for a single trial, so the bits are those of the
 * definition `lambda x sum_v share_v s_v x (E[L] sum_k c_k m_k + sum_a q_a E[A_a] m_a)`.
 * Numbers enter the source as their shortest round-trip decimal, which parses back to
 * the same double in every engine.
 *
 * @example
 * const kernel = compileVendorKernel(model);
 * kernel(reductionColumns, null, 0.494, 10_000, columns); // fills columns[j].cost for every vendor j
 */
export function compileVendorKernel(model: Model): VendorKernel {
  const vectorCount = model.vectorShares.length;
  const componentCount = model.componentShares.length;
  const amplifierCount = model.amplifierProbabilities.length;
  const literal = (x: number) => {
    if (!Number.isFinite(x)) throw new Error(`compileVendorKernel: non-finite constant ${x}`);
    return Object.is(x, -0) ? '-0' : `(${String(x)})`;
  };
  const drawn = new Set<number>();
  for (const vendor of model.vendors) for (const e of vendor.factorEffects) if (!model.effects[e].fixed) drawn.add(e);

  const lines: string[] = [];
  for (const e of drawn) lines.push(`const R${e} = reductions[${e}];`);
  model.vendors.forEach((_, j) => {
    lines.push(`const slots${j} = columns[${j}].slots, base${j} = columns[${j}].baseFactor, cost${j} = columns[${j}].cost;`);
    for (const s of new Set(model.vendors[j].factorSlots)) lines.push(`const S${j}_${s} = slots${j}[${s}];`);
  });
  lines.push('for (let t = 0; t < trials; t++) {');
  lines.push('  const lambda = lambdas === null ? fixedLambda : lambdas[t];');
  for (const e of drawn) lines.push(`  const r${e} = R${e}[t];`);
  model.vendors.forEach((vendor, j) => {
    const products = new Map<number, string>();
    for (let k = 0; k < vendor.factorSlots.length; k++) {
      const e = vendor.factorEffects[k];
      const effect = model.effects[e];
      const r = effect.fixed ? literal(effect.reduction.mean) : `r${e}`;
      const factor = `(1 - ${r} * ${literal(vendor.factorCoverages[k])})`;
      const slot = vendor.factorSlots[k];
      products.set(slot, `${products.get(slot) ?? '1'} * ${factor}`);
    }
    for (const [slot, product] of products) {
      lines.push(`  const m${j}_${slot} = ${product};`);
      lines.push(`  S${j}_${slot}[t] = m${j}_${slot};`);
    }
    const term = (weight: number, slot: number) => (products.has(slot) ? ` + ${literal(weight)} * m${j}_${slot}` : ` + ${literal(weight)}`);
    let surviving = '0';
    for (let v = 0; v < vectorCount; v++) surviving += term(model.vectorShares[v], v);
    let factor = '0';
    for (let c = 0; c < componentCount; c++) factor += term(model.componentShares[c], vectorCount + c);
    let amplified = '0';
    for (let a = 0; a < amplifierCount; a++) {
      amplified += term(model.amplifierProbabilities[a] * model.amplifierMeans[a], vectorCount + componentCount + a);
    }
    lines.push(`  const f${j} = ${factor};`);
    lines.push(`  base${j}[t] = f${j};`);
    lines.push(
      `  cost${j}[t] = ${literal(vendor.annualPrice)} + lambda * (${surviving}) * (${literal(model.perBreach.mean)} * f${j} + (${amplified}));`,
    );
  });
  lines.push('}');
  return new Function('reductions', 'lambdas', 'fixedLambda', 'trials', 'columns', lines.join('\n')) as VendorKernel;
}
