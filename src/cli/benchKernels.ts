import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import seedrandom from 'seedrandom';
import { parseScenario } from '../engine/scenario/index.js';
import { compileModel, type Model } from '../engine/model/compileModel.js';
import { BLOCK_TRIALS } from '../engine/version.js';
import { compileVendorKernel, recordLength, type KernelOutput, type VendorKernel } from '../engine/simulate/vendorKernel.js';
import { drawnEffects, fillParameter, FREQUENCY_ROLE } from '../engine/simulate/parameterDraws.js';

/**
 * The vendor kernel alone (`compileVendorKernel`): one block of 10,000 trials of real
 * parameter draws, in chunks of 1,024 trials as `simulateBlock` runs it, on the default
 * model and on the default catalogue with 20 vendors (with a fixed and with an uncertain
 * incidence). Prints the median ms per block and ns per vendor and trial.
 * `BENCH_BLOCKS` sets the blocks timed per model (default 300).
 */
const BLOCKS = Number(process.env.BENCH_BLOCKS ?? 300);
const CHUNK_TRIALS = 1024;
const modelPath = fileURLToPath(new URL('../../models/retail-bpo-2021.json', import.meta.url));
const defaultJson = JSON.parse(readFileSync(modelPath, 'utf8'));

/** The default catalogue with `count` vendors, each a seeded random subset of its controls at random coverages. */
function manyVendors(count: number, incidence: unknown): unknown {
  const json = structuredClone(defaultJson);
  const random = seedrandom('bench-kernels');
  const controlIds = Object.keys(json.controls);
  json.vendors = Array.from({ length: count }, (_, v) => ({
    id: `v${v}`,
    name: `Vendor ${v}`,
    annualPrice: 1_000_000,
    controls: controlIds
      .filter(() => random() < 0.6)
      .map((id) => (random() < 0.5 ? id : { id, coverage: Math.round(random() * 100) / 100 })),
  }));
  json.frequency.annualIncidence = incidence;
  return json;
}

/** Block 0's parameter columns, as `simulateBlock` draws them (lambdas left as incidences: the kernel only multiplies by them). */
function inputs(model: Model) {
  const reductions = model.effects.map(() => new Float64Array(BLOCK_TRIALS));
  for (const e of drawnEffects(model)) fillParameter(model, 0, model.effects[e].streamRole, model.effects[e].reduction, reductions[e], BLOCK_TRIALS);
  let lambdas: Float64Array | null = null;
  if (!model.frequencyFixed) {
    lambdas = new Float64Array(BLOCK_TRIALS);
    fillParameter(model, 0, FREQUENCY_ROLE, model.frequency, lambdas, BLOCK_TRIALS);
  }
  return { reductions, lambdas, fixedLambda: model.frequency.mean };
}

function outputFor(model: Model): KernelOutput {
  return {
    records: new Float64Array(CHUNK_TRIALS * model.vendors.length * recordLength(model)),
    expected: model.vendors.map(() => new Float64Array(BLOCK_TRIALS)),
  };
}

/** Runs one block through a kernel; returns its ms. */
function timeBlock(kernel: VendorKernel, input: ReturnType<typeof inputs>, out: KernelOutput): number {
  const started = performance.now();
  for (let t = 0; t < BLOCK_TRIALS; t += CHUNK_TRIALS) {
    kernel(input.reductions, input.lambdas, input.fixedLambda, t, Math.min(BLOCK_TRIALS, t + CHUNK_TRIALS), out);
  }
  return performance.now() - started;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const models: [string, unknown][] = [
  ['default model (5 vendors)', defaultJson],
  ['20 vendors, fixed incidence', manyVendors(20, 0.39)],
  ['20 vendors, uncertain incidence', manyVendors(20, { dist: 'uniform', min: 0.2, max: 0.5 })],
];

console.log(`Vendor kernel, one block of ${BLOCK_TRIALS.toLocaleString('en-US')} trials in chunks of ${CHUNK_TRIALS}, median of ${BLOCKS} blocks each`);
console.log(`${'model'.padEnd(34)} ${'a block'.padStart(10)} ${'a vendor-trial'.padStart(15)}`);
for (const [label, json] of models) {
  const model = compileModel(parseScenario(JSON.stringify(json)));
  const input = inputs(model);
  const kernel = compileVendorKernel(model);
  const out = outputFor(model);
  const times: number[] = [];
  for (let b = 0; b < BLOCKS + 20; b++) {
    const ms = timeBlock(kernel, input, out);
    if (b >= 20) times.push(ms); // the first 20 warm the code up
  }
  const ms = median(times);
  const ns = (ms * 1e6) / (BLOCK_TRIALS * model.vendors.length);
  console.log(`${label.padEnd(34)} ${`${ms.toFixed(3)} ms`.padStart(10)} ${`${ns.toFixed(1)} ns`.padStart(15)}`);
}
