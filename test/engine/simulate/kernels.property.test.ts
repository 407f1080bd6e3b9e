import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseScenario } from '../../../src/engine/scenario/index.js';
import { compileModel, type Model } from '../../../src/engine/model/compileModel.js';
import { simulateBlock } from '../../../src/engine/simulate/simulateBlock.js';
import { compileVendorKernel, recordLength, type KernelOutput, type VendorKernel } from '../../../src/engine/simulate/vendorKernel.js';
import { referenceKernel } from '../../helpers/referenceKernel.js';
import { drawnEffects, fillParameter, FREQUENCY_ROLE } from '../../../src/engine/simulate/parameterDraws.js';
import { fillUniforms } from '../../../src/engine/random.js';

/**
 * The vendor kernel must write the bits of its definition (`test/helpers/referenceKernel.ts`,
 * one trial and one vendor at a time, with none of the kernel's precomputation, spans or
 * reuse of buffers) on any valid scenario, and simulateBlock must run with no generated
 * code at all (the page's Content Security Policy allows no 'unsafe-eval'). Equality is of
 * bits (every element of every Float64Array compared as its 64-bit pattern, so 0 and -0
 * differ and so would two NaNs of different payloads), with no tolerance.
 */

/** Names of `n` slots of one kind, e.g. `v0`, `v1`. */
const names = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

/** Shares summing to 1 (within the validator's 1e-9): positive weights over their total. */
const shares = (n: number) =>
  fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: n, maxLength: n }).map((weights) => {
    const total = weights.reduce((a, b) => a + b, 0);
    return weights.map((w) => w / total);
  });

/** A fraction removed: a fixed number (0 and 1 included) or a distribution within [0, 1]. */
const reduction = fc.oneof(
  fc.constantFrom(0, 1),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.tuple(fc.double({ min: 0, max: 0.5, noNaN: true }), fc.double({ min: 0.5, max: 1, noNaN: true })).map(([min, max]) => ({ dist: 'uniform', min, max })),
  fc.tuple(fc.double({ min: 0, max: 0.4, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.6, max: 1, noNaN: true }))
    .map(([min, t, max]) => ({ dist: 'pert', min, mode: min + t * (max - min), max })),
  fc.tuple(fc.double({ min: 0.5, max: 5, noNaN: true }), fc.double({ min: 0.5, max: 5, noNaN: true })).map(([alpha, beta]) => ({ dist: 'beta', alpha, beta })),
);

/** The yearly frequency: a fixed or uncertain incidence, or a fixed or uncertain rate. */
const frequency = fc.oneof(
  fc.double({ min: 0.01, max: 0.95, noNaN: true }).map((p) => ({ annualIncidence: p })),
  fc.tuple(fc.double({ min: 0.01, max: 0.4, noNaN: true }), fc.double({ min: 0.41, max: 0.95, noNaN: true }))
    .map(([min, max]) => ({ annualIncidence: { dist: 'uniform', min, max } })),
  fc.double({ min: 0.05, max: 4, noNaN: true }).map((rate) => ({ annualRate: rate })),
  fc.tuple(fc.double({ min: 0.05, max: 1, noNaN: true }), fc.double({ min: 1, max: 4, noNaN: true }))
    .map(([min, max]) => ({ annualRate: { dist: 'uniform', min, max } })),
);

/** An amount: fixed or a distribution. */
const amount = fc.oneof(
  fc.double({ min: 0, max: 5e6, noNaN: true }),
  fc.tuple(fc.double({ min: 1e5, max: 1e6, noNaN: true }), fc.double({ min: 1.1, max: 20, noNaN: true }))
    .map(([low, ratio]) => ({ dist: 'lognormal', low, high: low * ratio })),
);

/**
 * A valid scenario: 1 to 6 vectors, no components or 1 to 4, 0 to 3 amplifiers, 1 to 6
 * controls of 1 to 3 effects (each on a nonempty set of one kind's names, with a fixed or
 * uncertain reduction), and 1 to 7 vendors, each with a subset of the controls in any
 * order, at full or partial coverage.
 */
const scenario = fc
  .record({
    vectorCount: fc.integer({ min: 1, max: 6 }),
    componentCount: fc.integer({ min: 0, max: 4 }),
    amplifierCount: fc.integer({ min: 0, max: 3 }),
    controlCount: fc.integer({ min: 1, max: 6 }),
    vendorCount: fc.integer({ min: 1, max: 7 }),
  })
  .chain(({ vectorCount, componentCount, amplifierCount, controlCount, vendorCount }) => {
    const vectors = names('v', vectorCount);
    const components = names('c', componentCount);
    const amplifiers = names('a', amplifierCount);
    const controls = names('k', controlCount);
    const kinds: ('vectors' | 'components' | 'amplifiers')[] = ['vectors'];
    if (componentCount > 0) kinds.push('components');
    if (amplifierCount > 0) kinds.push('amplifiers');
    const targetsOf = { vectors, components, amplifiers };
    const effect = fc.constantFrom(...kinds).chain((kind) =>
      fc.record({
        targets: fc.shuffledSubarray(targetsOf[kind], { minLength: 1 }),
        reduction,
      }).map(({ targets, reduction }) => ({ [kind]: targets, reduction })),
    );
    const vendorControl = (id: string) => fc.oneof(fc.constant(id), fc.double({ min: 0, max: 1, noNaN: true }).map((coverage) => ({ id, coverage })));
    const vendor = fc.shuffledSubarray(controls).chain((ids) => fc.tuple(...ids.map(vendorControl)));
    return fc.record({
      seed: fc.string({ minLength: 1, maxLength: 8 }),
      trials: fc.integer({ min: 1, max: 3000 }),
      frequency,
      vectorShares: shares(vectorCount),
      componentShares: shares(componentCount),
      amplifiers: fc.array(fc.record({ probability: fc.double({ min: 0, max: 1, noNaN: true }), amount }), { minLength: amplifierCount, maxLength: amplifierCount }),
      perBreach: amount,
      effects: fc.array(fc.array(effect, { minLength: 1, maxLength: 3 }), { minLength: controlCount, maxLength: controlCount }),
      vendors: fc.array(vendor, { minLength: vendorCount, maxLength: vendorCount }),
    }).map((draw) => ({
      format: 'breach-scenario/1',
      name: 'generated',
      currency: 'USD',
      simulation: { trials: draw.trials, seed: draw.seed },
      frequency: { ...draw.frequency, vectors: Object.fromEntries(vectors.map((v, i) => [v, draw.vectorShares[i]])) },
      magnitude: {
        perBreach: draw.perBreach,
        ...(componentCount > 0 ? { components: Object.fromEntries(components.map((c, i) => [c, draw.componentShares[i]])) } : {}),
        ...(amplifierCount > 0 ? { amplifiers: Object.fromEntries(amplifiers.map((a, i) => [a, draw.amplifiers[i]])) } : {}),
      },
      controls: Object.fromEntries(controls.map((id, i) => [id, { label: id, question: 'pci', effects: draw.effects[i] }])),
      vendors: draw.vendors.map((controls, j) => ({ id: `x${j}`, name: `Vendor ${j}`, annualPrice: j, controls })),
    }));
  });

/** The first place two values differ in bits, as a path, or null when they hold the same bits. */
function bitDifference(a: unknown, b: unknown, path = ''): string | null {
  if (a instanceof Float64Array || a instanceof Int32Array || a instanceof Uint8Array) {
    if (!(b instanceof a.constructor) || (b as typeof a).length !== a.length) return `${path}: not the same kind or length`;
    const left = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    const right = new Uint8Array((b as typeof a).buffer, (b as typeof a).byteOffset, (b as typeof a).byteLength);
    for (let i = 0; i < left.length; i++) {
      if (left[i] !== right[i]) return `${path}[${Math.floor(i / a.BYTES_PER_ELEMENT)}]: ${a[Math.floor(i / a.BYTES_PER_ELEMENT)]} against ${(b as typeof a)[Math.floor(i / a.BYTES_PER_ELEMENT)]}`;
    }
    return null;
  }
  if (typeof a === 'number') return Object.is(a, b) ? null : `${path}: ${a} against ${String(b)}`;
  if (typeof a === 'function') return typeof b === 'function' ? null : `${path}: a function against ${typeof b}`;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return `${path}: arrays of different lengths`;
    for (let i = 0; i < a.length; i++) {
      const difference = bitDifference(a[i], b[i], `${path}[${i}]`);
      if (difference) return difference;
    }
    return null;
  }
  if (a !== null && typeof a === 'object') {
    if (b === null || typeof b !== 'object') return `${path}: an object against ${String(b)}`;
    const keys = Object.keys(a);
    if (keys.join() !== Object.keys(b).join()) return `${path}: keys ${keys.join()} against ${Object.keys(b).join()}`;
    for (const key of keys) {
      const difference = bitDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (difference) return difference;
    }
    return null;
  }
  return Object.is(a, b) ? null : `${path}: ${String(a)} against ${String(b)}`;
}

/** A model's draws over `trials` trials, as simulateBlock draws them for block 0, and a rate per trial when uncertain. */
function inputsOf(model: Model, trials: number) {
  const reductions = model.effects.map(() => new Float64Array(trials));
  for (const e of drawnEffects(model)) fillParameter(model, 0, model.effects[e].streamRole, model.effects[e].reduction, reductions[e], trials);
  let lambdas: Float64Array | null = null;
  if (!model.frequencyFixed) {
    lambdas = new Float64Array(trials);
    fillParameter(model, 0, FREQUENCY_ROLE, model.frequency, lambdas, trials);
  }
  return { reductions, lambdas, fixedLambda: model.frequency.mean };
}

/**
 * Runs a kernel over `trials` trials in chunks of `chunk`, as simulateBlock does (a chunk's
 * records at the start of `records`); returns every chunk's records and the expected losses.
 */
function runKernel(model: Model, kernel: VendorKernel, trials: number, chunk: number) {
  const { reductions, lambdas, fixedLambda } = inputsOf(model, trials);
  const stride = model.vendors.length * recordLength(model);
  const out: KernelOutput = {
    records: new Float64Array(chunk * stride),
    expected: model.vendors.map(() => new Float64Array(trials)),
  };
  // Left over from an earlier model: the kernel must write every entry it owns.
  fillUniforms('kernels-stale', out.records, out.records.length);
  const records: Float64Array[] = [];
  for (let from = 0; from < trials; from += chunk) {
    const to = Math.min(trials, from + chunk);
    kernel(reductions, lambdas, fixedLambda, from, to, out);
    records.push(out.records.slice(0, (to - from) * stride));
  }
  return { records, expected: out.expected };
}

/**
 * simulateBlock on a fresh model of the scenario, with `new Function` refused (as under a
 * Content Security Policy without 'unsafe-eval') when `refuse`; returns the block and how
 * many times generated code was asked for.
 */
function simulateWith(json: unknown, refuse: boolean) {
  const model = compileModel(parseScenario(JSON.stringify(json)));
  let refusals = 0;
  const original = globalThis.Function;
  function RefusedFunction(): never {
    refusals++;
    throw new EvalError("Refused to evaluate a string as JavaScript because 'unsafe-eval' is not an allowed source of script");
  }
  if (refuse) globalThis.Function = RefusedFunction as unknown as FunctionConstructor;
  try {
    return { block: simulateBlock(model, 0, { perTrial: true }), refusals };
  } finally {
    globalThis.Function = original;
  }
}

describe('the vendor kernel', () => {
  it('writes the bits of its definition in every record and every expected loss, in any chunking (property)', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 1500 }), (json, chunk) => {
        const model = compileModel(parseScenario(JSON.stringify(json)));
        const trials = model.trials;
        const kernel = runKernel(model, compileVendorKernel(model), trials, chunk);
        // The definition in a single chunk: where the chunks fall changes no bit.
        const definition = runKernel(model, referenceKernel(model), trials, trials);
        expect(bitDifference(kernel.expected, definition.expected)).toBeNull();
        const stride = model.vendors.length * recordLength(model);
        const records = new Float64Array(trials * stride);
        kernel.records.forEach((chunkRecords, c) => records.set(chunkRecords, c * chunk * stride));
        expect(bitDifference(records, definition.records[0])).toBeNull();
      }),
      { numRuns: 150, seed: 20261202 },
    );
  });

  it('runs in simulateBlock with generated code refused, to the same bits (property)', () => {
    fc.assert(
      fc.property(scenario, (json) => {
        const allowed = simulateWith(json, false);
        const refused = simulateWith(json, true);
        expect(refused.refusals).toBe(0);
        expect(bitDifference(refused.block, allowed.block)).toBeNull();
      }),
      { numRuns: 60, seed: 20261203 },
    );
  });
});
