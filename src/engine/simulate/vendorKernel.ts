import type { Model } from '../model/compileModel.js';
import { interpretedVendorKernel } from './interpretedVendorKernel.js';

/**
 * Fills, for every vendor and the trials `from` to `to` of a block, what the breaches of
 * those trials read, and every vendor's expected annual loss given the trial's parameter
 * draws. `reductions[e]` is effect e's column of draws over the block (fixed effects are
 * compiled in as constants); `lambdas` the column of breach rates, or null when the
 * rate is `fixedLambda` in every trial.
 */
export type VendorKernel = (
  reductions: readonly Float64Array[],
  lambdas: Float64Array | null,
  fixedLambda: number,
  from: number,
  to: number,
  out: KernelOutput,
) => void;

/**
 * The kernel's outputs. `records` holds, for trial `from + i` and vendor `j`, at
 * `(i x vendors + j) x recordLength`: the survival multiplier of each vector, then the
 * base-loss factor, then each amplifier's multiplier (one record per vendor per trial,
 * so a trial's breaches read a few adjacent cache lines). `expected[j][t]` is vendor j's
 * expected annual loss given trial t's parameters, over the whole block.
 */
export interface KernelOutput {
  records: Float64Array;
  expected: Float64Array[];
}

/** The length of a vendor's record: one number per vector, the base factor, one per amplifier. */
export function recordLength(model: Model): number {
  return model.vectorShares.length + 1 + model.amplifierProbabilities.length;
}

/** False once `useInterpretedKernel` is called: no generated code in this realm. */
let generatedAllowed = true;

/**
 * Makes `compileVendorKernel` return the interpreted kernel from now on, in this realm (a
 * worker, a page): the same bits, and no generated code. The page's workers call it, so
 * that the page runs under a Content-Security-Policy without 'unsafe-eval' whether or not
 * its host sends that policy with the worker scripts too (a `<meta>` policy covers the
 * document only).
 *
 * @example
 * useInterpretedKernel(); // then compileVendorKernel(model) is interpretedVendorKernel(model)
 */
export function useInterpretedKernel(): void {
  generatedAllowed = false;
}

/**
 * Compiles a model's vendors into one function that runs a single loop over trials with
 * every vendor's arithmetic written out (no inner loops). The products over a
 * vendor's controls are taken in catalogue order starting from 1, and the sums over
 * slots in slot order starting from 0, exactly as for a single trial, so the bits are
 * those of the definition
 * `lambda x sum_v share_v s_v x (E[L] sum_k c_k m_k + sum_a q_a E[A_a] m_a)`.
 * Numbers enter the source as their shortest round-trip decimal, which parses back to
 * the same double in every engine. Where generated code is refused (a Content Security
 * Policy without 'unsafe-eval'), `interpretedVendorKernel` computes the same bits.
 *
 * @example
 * const kernel = compileVendorKernel(model);
 * kernel(reductionColumns, null, 0.494, 0, 1024, out); // fills out.expected[j][0..1023] for every vendor j
 */
export function compileVendorKernel(model: Model): VendorKernel {
  if (!generatedAllowed) return interpretedVendorKernel(model);
  const vectorCount = model.vectorShares.length;
  const componentCount = model.componentShares.length;
  const amplifierCount = model.amplifierProbabilities.length;
  const vendorCount = model.vendors.length;
  const length = recordLength(model);
  const literal = (x: number) => {
    if (!Number.isFinite(x)) throw new Error(`compileVendorKernel: non-finite constant ${x}`);
    return Object.is(x, -0) ? '-0' : `(${String(x)})`;
  };
  const drawn = new Set<number>();
  for (const vendor of model.vendors) for (const e of vendor.factorEffects) if (!model.effects[e].fixed) drawn.add(e);

  const lines: string[] = [];
  for (const e of drawn) lines.push(`const R${e} = reductions[${e}];`);
  lines.push('const records = out.records;');
  model.vendors.forEach((_, j) => lines.push(`const expected${j} = out.expected[${j}];`));
  lines.push(`for (let t = from, o = 0; t < to; t++, o += ${vendorCount * length}) {`);
  lines.push('  const lambda = lambdas === null ? fixedLambda : lambdas[t];');
  for (const e of drawn) lines.push(`  const r${e} = R${e}[t];`);
  model.vendors.forEach((vendor, j) => {
    const products = new Map<number, string>();
    for (let k = 0; k < vendor.factorSlots.length; k++) {
      const e = vendor.factorEffects[k];
      const effect = model.effects[e];
      const r = effect.fixed ? literal(effect.reduction.mean) : `r${e}`;
      const slot = vendor.factorSlots[k];
      products.set(slot, `${products.get(slot) ?? '1'} * (1 - ${r} * ${literal(vendor.factorCoverages[k])})`);
    }
    for (const [slot, product] of products) lines.push(`  const m${j}_${slot} = ${product};`);
    const multiplier = (slot: number) => (products.has(slot) ? `m${j}_${slot}` : '1');
    const term = (weight: number, slot: number) => (products.has(slot) ? ` + ${literal(weight)} * m${j}_${slot}` : ` + ${literal(weight)}`);
    let surviving = '0';
    for (let v = 0; v < vectorCount; v++) surviving += term(model.vectorShares[v], v);
    let factor = '0';
    for (let c = 0; c < componentCount; c++) factor += term(model.componentShares[c], vectorCount + c);
    let amplified = '0';
    for (let a = 0; a < amplifierCount; a++) {
      amplified += term(model.amplifierProbabilities[a] * model.amplifierMeans[a], vectorCount + componentCount + a);
    }
    const at = (k: number) => `records[o + ${j * length + k}]`;
    for (let v = 0; v < vectorCount; v++) lines.push(`  ${at(v)} = ${multiplier(v)};`);
    lines.push(`  const f${j} = ${factor};`);
    lines.push(`  ${at(vectorCount)} = f${j};`);
    for (let a = 0; a < amplifierCount; a++) lines.push(`  ${at(vectorCount + 1 + a)} = ${multiplier(vectorCount + componentCount + a)};`);
    lines.push(`  expected${j}[t] = lambda * (${surviving}) * (${literal(model.perBreach.mean)} * f${j} + (${amplified}));`);
  });
  lines.push('}');
  try {
    return new Function('reductions', 'lambdas', 'fixedLambda', 'from', 'to', 'out', lines.join('\n')) as VendorKernel;
  } catch (error) {
    // A Content Security Policy without 'unsafe-eval' refuses generated code: same bits, slower.
    if (error instanceof EvalError) return interpretedVendorKernel(model);
    throw error;
  }
}
