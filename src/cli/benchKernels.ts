import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import seedrandom from 'seedrandom';
import { parseScenario } from '../engine/scenario/index.js';
import { compileModel, type Model } from '../engine/model/compileModel.js';
import { BLOCK_TRIALS } from '../engine/version.js';
import { compileVendorKernel, recordLength, type KernelOutput, type VendorKernel } from '../engine/simulate/vendorKernel.js';
import { interpretedVendorKernel } from '../engine/simulate/interpretedVendorKernel.js';
import { drawnEffects, fillParameter, FREQUENCY_ROLE } from '../engine/simulate/parameterDraws.js';

/**
 * The vendor kernel alone, generated (`compileVendorKernel`) against interpreted
 * (`interpretedVendorKernel`, for pages whose Content Security Policy refuses generated
 * code): one block of 10,000 trials of real parameter draws, in chunks of 1,024 trials
 * as `simulateBlock` runs it, on the default model and on the default catalogue with 20
 * vendors (with a fixed and with an uncertain incidence). Blocks alternate between the
 * two kernels so both see the same machine noise; prints the median ms per block of
 * each, their ratio, and whether they wrote the same bits.
 * `BENCH_BLOCKS` sets the blocks timed per kernel (default 300).
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

/** Runs one block through a kernel; returns its ms and folds the records of every chunk into `check`. */
function timeBlock(kernel: VendorKernel, input: ReturnType<typeof inputs>, out: KernelOutput, check: Float64Array): number {
  const started = performance.now();
  for (let t = 0; t < BLOCK_TRIALS; t += CHUNK_TRIALS) {
    kernel(input.reductions, input.lambdas, input.fixedLambda, t, Math.min(BLOCK_TRIALS, t + CHUNK_TRIALS), out);
  }
  const elapsed = performance.now() - started;
  for (let i = 0; i < check.length; i++) check[i] += out.records[i];
  return elapsed;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** True when two outputs hold the same bits (NaN equal to NaN, 0 not equal to -0). */
function sameBits(a: Float64Array[], b: Float64Array[]): boolean {
  return a.every((column, j) => column.every((x, i) => Object.is(x, b[j][i])));
}

const models: [string, unknown][] = [
  ['default model (5 vendors)', defaultJson],
  ['20 vendors, fixed incidence', manyVendors(20, 0.39)],
  ['20 vendors, uncertain incidence', manyVendors(20, { dist: 'uniform', min: 0.2, max: 0.5 })],
];

console.log(`Vendor kernel, one block of ${BLOCK_TRIALS.toLocaleString('en-US')} trials in chunks of ${CHUNK_TRIALS}, median of ${BLOCKS} blocks each`);
console.log(`${'model'.padEnd(34)} ${'generated'.padStart(10)} ${'interpreted'.padStart(12)} ${'ratio'.padStart(7)}  same bits`);
for (const [label, json] of models) {
  const model = compileModel(parseScenario(JSON.stringify(json)));
  const input = inputs(model);
  const kernels = [compileVendorKernel(model), interpretedVendorKernel(model)];
  const outs = kernels.map(() => outputFor(model));
  const checks = kernels.map(() => new Float64Array(outs[0].records.length));
  const times: number[][] = [[], []];
  for (let b = 0; b < BLOCKS + 20; b++) {
    for (let k = 0; k < 2; k++) {
      const ms = timeBlock(kernels[k], input, outs[k], checks[k]);
      if (b >= 20) times[k].push(ms); // the first 20 warm the code up
    }
  }
  const [generated, interpreted] = times.map(median);
  const same = sameBits(outs[0].expected, outs[1].expected) && sameBits([checks[0], outs[0].records], [checks[1], outs[1].records]);
  console.log(
    `${label.padEnd(34)} ${`${generated.toFixed(3)} ms`.padStart(10)} ${`${interpreted.toFixed(3)} ms`.padStart(12)} ${`${(interpreted / generated).toFixed(2)}x`.padStart(7)}  ${same ? 'yes' : 'NO'}`,
  );
}
