import type { Model } from '../model/compileModel.js';

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

/** Trials a kernel call works through at a time, each of a vendor's products one loop over them. */
const SPAN = 256;

/**
 * Compiles a model's vendors into the kernel `simulateBlock` runs, the same in the CLI,
 * the page's workers and the tests. Every number it writes is the result of the
 * definition's operations in the definition's order, for each trial alone:
 * `lambda x sum_v share_v s_v x (E[L] sum_k c_k m_k + sum_a q_a E[A_a] m_a)`, each
 * multiplier `m` the product over the vendor's controls on that slot, in catalogue order
 * from 1, of `1 - reduction x coverage`, and each sum taken in slot order from 0. Only
 * the order in which trials and vendors are visited is the kernel's own, and no number
 * depends on it. No code is generated (`new Function`), so a page under a
 * Content-Security-Policy without 'unsafe-eval' runs it as the CLI does.
 *
 * What depends on constants alone is computed once, when compiling: a slot's product of
 * the fixed factors before its first drawn one, a sum's leading constant terms, and
 * every record entry that no drawn reduction reaches (written into a records buffer the
 * first time the kernel sees it: nothing else writes those entries, and the buffer is
 * reused from chunk to chunk and block to block). The rest runs over spans of 256
 * trials: one loop over the span per drawn product, written straight into the records,
 * then one loop per vendor for its three sums and its expected loss, four trials at a
 * time. Cost (`src/cli/benchKernels.ts`): about 0.79 ms a block of 10,000 trials on the
 * default model, 4.9 ms with 20 vendors. Code generated per model, with every vendor's
 * arithmetic written out in one loop over trials, ran the kernel alone 2.1 times as fast
 * (3.1 times with 20 vendors) but the CLI's whole run only 3% faster on the default model
 * (13% with 20 vendors), at the price of a second kernel that had to give the same bits.
 * Tried and slower than this one: building every product in a contiguous column of its
 * own and reading the sums from those columns, a column per sum with one pass per term,
 * two factors a pass, other span sizes (16 to 1024).
 *
 * @example
 * const kernel = compileVendorKernel(model);
 * kernel(reductionColumns, null, 0.494, 0, 1024, out); // fills out.expected[j][0..1023] for every vendor j
 */
export function compileVendorKernel(model: Model): VendorKernel {
  const vectorCount = model.vectorShares.length;
  const componentCount = model.componentShares.length;
  const amplifierCount = model.amplifierProbabilities.length;
  const vendorCount = model.vendors.length;
  const length = recordLength(model);
  const stride = vendorCount * length;
  const factorAt = vectorCount;
  const amplifierAt = vectorCount + 1;
  const perBreach = model.perBreach.mean;
  const { vectorShares, componentShares } = model;
  const amplifierWeights = Float64Array.from(model.amplifierProbabilities, (q, a) => q * model.amplifierMeans[a]);
  const {
    template, components, entryStart, entryInRecord, entryOffset, entryInitial, entryFactorStart, factorEffect, factorValue,
    survivingConstant, survivingFirst, factorConstant, factorFirst, amplifiedConstant, amplifiedFirst,
  } = kernelProgram(model);
  // The records buffers whose constant entries are in place (a buffer is reused from chunk to chunk and block to block).
  const initialised = new WeakSet<Float64Array>();

  return (reductions, lambdas, fixedLambda, from, to, out) => {
    const { records, expected } = out;
    if (!initialised.has(records)) {
      // Every constant entry of the records, once: nothing else writes them, and the drawn ones are written at every call.
      for (let row = 0; stride > 0 && row + stride <= records.length; row += stride) records.set(template, row);
      initialised.add(records);
    }
    for (let start = from; start < to; start += SPAN) {
      const n = Math.min(SPAN, to - start);
      const row = (start - from) * stride;
      for (let j = 0; j < vendorCount; j++) {
        const record = row + j * length;
        const componentBase = j * componentCount * SPAN;
        // The vendor's products that a drawn reduction reaches, a slot at a time over the span.
        for (let q = entryStart[j]; q < entryStart[j + 1]; q++) {
          const inRecord = entryInRecord[q] === 1;
          const target = inRecord ? records : components;
          const step = inRecord ? stride : 1;
          const at = (inRecord ? record : componentBase) + entryOffset[q];
          let f = entryFactorStart[q];
          // An entry's first factor is drawn: the fixed ones before it are in its initial product.
          const initial = entryInitial[q];
          const draws = reductions[factorEffect[f]];
          const coverage = factorValue[f];
          let i = 0;
          let o = at;
          for (; i + 4 <= n; i += 4, o += 4 * step) {
            const t = start + i;
            target[o] = initial * (1 - draws[t] * coverage);
            target[o + step] = initial * (1 - draws[t + 1] * coverage);
            target[o + 2 * step] = initial * (1 - draws[t + 2] * coverage);
            target[o + 3 * step] = initial * (1 - draws[t + 3] * coverage);
          }
          for (; i < n; i++, o += step) target[o] = initial * (1 - draws[start + i] * coverage);
          for (f++; f < entryFactorStart[q + 1]; f++) {
            const value = factorValue[f];
            if (factorEffect[f] < 0) {
              for (let i = 0, o = at; i < n; i++, o += step) target[o] = target[o] * value;
            } else {
              const r = reductions[factorEffect[f]];
              let i = 0;
              let o = at;
              for (; i + 4 <= n; i += 4, o += 4 * step) {
                const t = start + i;
                target[o] = target[o] * (1 - r[t] * value);
                target[o + step] = target[o + step] * (1 - r[t + 1] * value);
                target[o + 2 * step] = target[o + 2 * step] * (1 - r[t + 2] * value);
                target[o + 3 * step] = target[o + 3 * step] * (1 - r[t + 3] * value);
              }
              for (; i < n; i++, o += step) target[o] = target[o] * (1 - r[start + i] * value);
            }
          }
        }
        // The sums over slots, each from its leading constant terms on, then the expected
        // loss: four trials at a time, so that four chains of additions run side by side.
        const v0 = survivingFirst[j];
        const c0 = factorFirst[j];
        const a0 = amplifiedFirst[j];
        const column = expected[j];
        let i = 0;
        let o = record;
        for (; i + 4 <= n; i += 4, o += 4 * stride) {
          const o1 = o + stride;
          const o2 = o1 + stride;
          const o3 = o2 + stride;
          let s0 = survivingConstant[j], s1 = s0, s2 = s0, s3 = s0;
          for (let v = v0; v < vectorCount; v++) {
            const w = vectorShares[v];
            s0 = s0 + w * records[o + v];
            s1 = s1 + w * records[o1 + v];
            s2 = s2 + w * records[o2 + v];
            s3 = s3 + w * records[o3 + v];
          }
          let f0 = factorConstant[j], f1 = f0, f2 = f0, f3 = f0;
          for (let c = c0; c < componentCount; c++) {
            const w = componentShares[c];
            const at = componentBase + c * SPAN + i;
            f0 = f0 + w * components[at];
            f1 = f1 + w * components[at + 1];
            f2 = f2 + w * components[at + 2];
            f3 = f3 + w * components[at + 3];
          }
          let x0 = amplifiedConstant[j], x1 = x0, x2 = x0, x3 = x0;
          for (let a = a0; a < amplifierCount; a++) {
            const w = amplifierWeights[a];
            const k = amplifierAt + a;
            x0 = x0 + w * records[o + k];
            x1 = x1 + w * records[o1 + k];
            x2 = x2 + w * records[o2 + k];
            x3 = x3 + w * records[o3 + k];
          }
          records[o + factorAt] = f0;
          records[o1 + factorAt] = f1;
          records[o2 + factorAt] = f2;
          records[o3 + factorAt] = f3;
          const t = start + i;
          if (lambdas === null) {
            column[t] = fixedLambda * s0 * (perBreach * f0 + x0);
            column[t + 1] = fixedLambda * s1 * (perBreach * f1 + x1);
            column[t + 2] = fixedLambda * s2 * (perBreach * f2 + x2);
            column[t + 3] = fixedLambda * s3 * (perBreach * f3 + x3);
          } else {
            column[t] = lambdas[t] * s0 * (perBreach * f0 + x0);
            column[t + 1] = lambdas[t + 1] * s1 * (perBreach * f1 + x1);
            column[t + 2] = lambdas[t + 2] * s2 * (perBreach * f2 + x2);
            column[t + 3] = lambdas[t + 3] * s3 * (perBreach * f3 + x3);
          }
        }
        for (; i < n; i++, o += stride) {
          let surviving = survivingConstant[j];
          for (let v = v0; v < vectorCount; v++) surviving = surviving + vectorShares[v] * records[o + v];
          let factor = factorConstant[j];
          for (let c = c0; c < componentCount; c++) factor = factor + componentShares[c] * components[componentBase + c * SPAN + i];
          let amplified = amplifiedConstant[j];
          for (let a = a0; a < amplifierCount; a++) amplified = amplified + amplifierWeights[a] * records[o + amplifierAt + a];
          records[o + factorAt] = factor;
          const lambda = lambdas === null ? fixedLambda : lambdas[start + i];
          column[start + i] = lambda * surviving * (perBreach * factor + amplified);
        }
      }
    }
  };
}

/**
 * A model's vendors as flat arrays. An *entry* is a slot of a vendor that some drawn
 * reduction reaches, kept in the records (`entryInRecord` 1, at `entryOffset` in the
 * vendor's record) or, for a component, in `components` (at vendor j's
 * `j x componentCount x SPAN` plus `entryOffset`, a span of trials per component). Its
 * product is `entryInitial` (the fixed factors before the first drawn one, from 1) times
 * factors `entryFactorStart[q]` up to the next entry's, each `1 - r x coverage`
 * (`factorEffect` the drawn effect, `factorValue` the coverage) or, at `factorEffect` -1,
 * the fixed factor `factorValue`. Vendor j's entries are `entryStart[j]` up to
 * `entryStart[j + 1]`. Every other slot's product is a constant: in `template` (one
 * trial's records) for vectors and amplifiers, in `components` for components. Each of
 * vendor j's three sums is its leading constant terms summed from 0 (`...Constant[j]`),
 * then the terms from the first drawn slot (`...First[j]`, or past the last) on.
 */
interface KernelProgram {
  template: Float64Array;
  components: Float64Array;
  entryStart: Int32Array;
  entryInRecord: Uint8Array;
  entryOffset: Int32Array;
  entryInitial: Float64Array;
  entryFactorStart: Int32Array;
  factorEffect: Int32Array;
  factorValue: Float64Array;
  survivingConstant: Float64Array;
  survivingFirst: Int32Array;
  factorConstant: Float64Array;
  factorFirst: Int32Array;
  amplifiedConstant: Float64Array;
  amplifiedFirst: Int32Array;
}

function kernelProgram(model: Model): KernelProgram {
  const vectorCount = model.vectorShares.length;
  const componentCount = model.componentShares.length;
  const amplifierCount = model.amplifierProbabilities.length;
  const vendorCount = model.vendors.length;
  const length = recordLength(model);
  const template = new Float64Array(vendorCount * length);
  const components = new Float64Array(vendorCount * componentCount * SPAN);
  const entryStart = [0];
  const entryInRecord: number[] = [];
  const entryOffset: number[] = [];
  const entryInitial: number[] = [];
  const entryFactorStart: number[] = [];
  const factorEffect: number[] = [];
  const factorValue: number[] = [];
  const sums = Array.from({ length: 3 }, () => ({ constant: new Float64Array(vendorCount), first: new Int32Array(vendorCount) }));

  model.vendors.forEach((vendor, j) => {
    // Per slot, its factors in catalogue order, as compileVendorKernel multiplies them.
    const factorsOf = Array.from({ length: model.slotCount }, () => [] as { effect: number; coverage: number }[]);
    for (let k = 0; k < vendor.factorSlots.length; k++) {
      factorsOf[vendor.factorSlots[k]].push({ effect: vendor.factorEffects[k], coverage: vendor.factorCoverages[k] });
    }
    const constantOf = new Float64Array(model.slotCount);
    const drawn = new Uint8Array(model.slotCount);
    for (let slot = 0; slot < model.slotCount; slot++) {
      const isComponent = slot >= vectorCount && slot < vectorCount + componentCount;
      const offset = isComponent ? (slot - vectorCount) * SPAN : slot < vectorCount ? slot : slot - componentCount + 1;
      const factors = factorsOf[slot];
      let product = 1;
      let k = 0;
      for (; k < factors.length && model.effects[factors[k].effect].fixed; k++) {
        product = product * (1 - model.effects[factors[k].effect].reduction.mean * factors[k].coverage);
      }
      if (k === factors.length) {
        constantOf[slot] = product;
        if (isComponent) components.fill(product, j * componentCount * SPAN + offset, j * componentCount * SPAN + offset + SPAN);
        else template[j * length + offset] = product;
        continue;
      }
      drawn[slot] = 1;
      entryInRecord.push(isComponent ? 0 : 1);
      entryOffset.push(offset);
      entryInitial.push(product);
      entryFactorStart.push(factorEffect.length);
      for (; k < factors.length; k++) {
        const { effect, coverage } = factors[k];
        const fixed = model.effects[effect].fixed;
        factorEffect.push(fixed ? -1 : effect);
        factorValue.push(fixed ? 1 - model.effects[effect].reduction.mean * coverage : coverage);
      }
    }
    entryStart.push(entryInRecord.length);

    const ranges = [
      { first: 0, count: vectorCount, weight: (v: number) => model.vectorShares[v] },
      { first: vectorCount, count: componentCount, weight: (c: number) => model.componentShares[c] },
      { first: vectorCount + componentCount, count: amplifierCount, weight: (a: number) => model.amplifierProbabilities[a] * model.amplifierMeans[a] },
    ];
    ranges.forEach(({ first, count, weight }, s) => {
      let constant = 0;
      let i = 0;
      for (; i < count && !drawn[first + i]; i++) constant = constant + weight(i) * constantOf[first + i];
      sums[s].constant[j] = constant;
      sums[s].first[j] = i;
    });
  });

  return {
    template,
    components,
    entryStart: Int32Array.from(entryStart),
    entryInRecord: Uint8Array.from(entryInRecord),
    entryOffset: Int32Array.from(entryOffset),
    entryInitial: Float64Array.from(entryInitial),
    entryFactorStart: Int32Array.from([...entryFactorStart, factorEffect.length]),
    factorEffect: Int32Array.from(factorEffect),
    factorValue: Float64Array.from(factorValue),
    survivingConstant: sums[0].constant,
    survivingFirst: sums[0].first,
    factorConstant: sums[1].constant,
    factorFirst: sums[1].first,
    amplifiedConstant: sums[2].constant,
    amplifiedFirst: sums[2].first,
  };
}
