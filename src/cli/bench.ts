import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import seedrandom from 'seedrandom';
import { analyzeBlock, blockCount, fillUniforms, parseScenario, planRun, RunFold, simulateBlock, type BlockPartials } from '../engine/index.js';
import { threadsWorthStarting } from '../runner/blockWork.js';

/**
 * `npm run bench`: the default model at 1,000,000 trials, every vendor, every analysis,
 * on one thread (the workers' part, simulating and analysing each block, then the
 * fold and the results); then the whole CLI process at the same size. Prints medians of
 * several runs, as this machine's timings are noisy.
 */
const TRIALS = Number(process.env.BENCH_TRIALS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const modelPath = fileURLToPath(new URL('../../models/retail-bpo-2021.json', import.meta.url));
const mainPath = fileURLToPath(new URL('./main.js', import.meta.url));
const scenario = parseScenario(readFileSync(modelPath, 'utf8'));
const plan = planRun({ scenario, trials: TRIALS });
const model = plan.model;
const vendors = model.vendors.length;

const baselineRss = process.memoryUsage().rss;
let peakRss = baselineRss;
const sampleMemory = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Uniforms per second from seedrandom's xor128 `prng()`, filling a Float64Array. */
function seedrandomFillRate(): number {
  const next = seedrandom.xor128('bench');
  const buffer = new Float64Array(10_000_000);
  const started = performance.now();
  for (let i = 0; i < buffer.length; i++) buffer[i] = next();
  return buffer.length / ((performance.now() - started) / 1000);
}

/** Uniforms per second from the same generator as the engine fills its columns (`fillUniforms`). */
function columnFillRate(): number {
  const buffer = new Float64Array(10_000_000);
  const started = performance.now();
  fillUniforms('bench', buffer, buffer.length);
  return buffer.length / ((performance.now() - started) / 1000);
}

const simulateTimes: number[] = [];
const statisticsTimes: number[] = [];
let storedBytes = 0;
let draws = 0;
for (let run = 0; run < RUNS + 1; run++) {
  const started = performance.now();
  const blocks: BlockPartials[] = [];
  for (let b = 0; b < blockCount(model.trials); b++) blocks.push(analyzeBlock(plan, b));
  const simulated = performance.now();
  sampleMemory();
  const fold = new RunFold(plan);
  for (const block of blocks) fold.add(block);
  fold.results();
  const finished = performance.now();
  sampleMemory();
  if (run === 0) continue; // warm-up
  simulateTimes.push(simulated - started);
  statisticsTimes.push(finished - simulated);
  storedBytes = blocks.reduce((t, b) => t + (b.partials.losses as { losses: Float64Array[][] }).losses.reduce((s, parts) => s + parts[0].byteLength, 0), 0);
}
for (let b = 0; b < blockCount(model.trials); b++) draws += simulateBlock(model, b).uniformDraws;
const fill = median([columnFillRate(), columnFillRate(), columnFillRate()]);
const seedrandomFill = median([seedrandomFillRate(), seedrandomFillRate(), seedrandomFillRate()]);
const simulateMs = median(simulateTimes);
const statisticsMs = median(statisticsTimes);
const engineMs = simulateMs + statisticsMs;

/** A whole CLI process's median milliseconds and peak resident memory (KiB, where `/usr/bin/time` is installed). */
interface CliFigure {
  ms: number;
  peakKiB: number | undefined;
}

const TIME = '/usr/bin/time';

/**
 * Whole CLI processes of `--trials TRIALS --format json` on each of `runs` (a scenario path
 * and extra flags), three rounds taking each in turn, so that all of them see the same
 * machine noise; the medians.
 */
function cliFigures(runs: { path: string; flags: string[] }[]): CliFigure[] {
  const times: number[][] = runs.map(() => []);
  const peaks: number[][] = runs.map(() => []);
  const measured = existsSync(TIME);
  for (let round = 0; round < 3; round++) {
    runs.forEach(({ path, flags }, k) => {
      const command = [mainPath, path, '--trials', String(TRIALS), '--format', 'json', ...flags];
      const started = performance.now();
      const cli = measured
        ? spawnSync(TIME, ['-f', 'peak-kib %M', process.execPath, ...command], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
        : spawnSync(process.execPath, command, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
      times[k].push(performance.now() - started);
      if (cli.status !== 0) throw new Error(`CLI failed: ${cli.stderr}`);
      const peak = /peak-kib (\d+)/.exec(cli.stderr ?? '');
      if (peak) peaks[k].push(Number(peak[1]));
    });
  }
  return runs.map((_, k) => ({ ms: median(times[k]), peakKiB: peaks[k].length ? median(peaks[k]) : undefined }));
}
const cores = availableParallelism();
const [cliDefault, cliOneThread, cliEveryCore] = cliFigures([
  { path: modelPath, flags: [] },
  { path: modelPath, flags: ['--threads', '1'] },
  { path: modelPath, flags: ['--threads', String(cores)] },
]);
const defaultThreads = threadsWorthStarting(planRun({ scenario: parseScenario(readFileSync(modelPath, 'utf8')), trials: TRIALS }), cores);

// The contract: the example contract (models/retail-bpo-contract.json) made 5 years long.
const contractJson = JSON.parse(readFileSync(fileURLToPath(new URL('../../models/retail-bpo-contract.json', import.meta.url)), 'utf8'));
contractJson.contract.years = 5;
const contractPlan = planRun({ scenario: parseScenario(JSON.stringify(contractJson)), trials: TRIALS });
const contractTimes: number[] = [];
for (let run = 0; run < RUNS + 1; run++) {
  const started = performance.now();
  const fold = new RunFold(contractPlan);
  for (let b = 0; b < contractPlan.blocksTotal; b++) fold.add(analyzeBlock(contractPlan, b));
  fold.results();
  if (run > 0) contractTimes.push(performance.now() - started);
}
const contractMs = median(contractTimes);
const contractDirectory = mkdtempSync(join(tmpdir(), 'breach-bench-'));
const contractPath = join(contractDirectory, 'contract-5-years.json');
writeFileSync(contractPath, JSON.stringify(contractJson));
const [cliContract] = cliFigures([{ path: contractPath, flags: [] }]);
rmSync(contractDirectory, { recursive: true, force: true });

const line = (label: string, value: string) => console.log(`${label.padEnd(44)} ${value}`);
console.log(`Default model, ${TRIALS.toLocaleString('en-US')} trials x ${vendors} vendors, one thread, median of ${RUNS} runs`);
line('simulate and analyse every block', `${simulateMs.toFixed(0)} ms`);
line('fold the partials and finish the results', `${statisticsMs.toFixed(0)} ms`);
line('engine total (target < 500 ms)', `${engineMs.toFixed(0)} ms`);
line('trials per second', `${Math.round(TRIALS / (engineMs / 1000)).toLocaleString('en-US')}`);
line('uniform draws per second (engine)', `${(draws / (simulateMs / 1000) / 1e6).toFixed(1)} M`);
line('raw xor128 fill rate, engine columns', `${(fill / 1e6).toFixed(1)} M`);
line("raw xor128 fill rate, seedrandom's prng()", `${(seedrandomFill / 1e6).toFixed(1)} M`);
line('engine draws / raw column fill', `${((draws / (simulateMs / 1000)) / fill).toFixed(3)}`);
line('stored results per trial per vendor', `${(storedBytes / TRIALS / vendors).toFixed(2)} bytes (target < 16)`);
line('peak memory above the loaded process', `${((peakRss - baselineRss) / 2 ** 20).toFixed(0)} MiB (${((peakRss - baselineRss) / TRIALS / vendors).toFixed(1)} bytes per trial per vendor)`);
line('peak resident memory, all included', `${(peakRss / 2 ** 20).toFixed(0)} MiB`);
const cliLine = (label: string, figure: CliFigure) =>
  line(label, `${figure.ms.toFixed(0)} ms${figure.peakKiB === undefined ? '' : `, peak ${(figure.peakKiB / 1024).toFixed(0)} MiB`} (median of 3, interleaved)`);
cliLine(`whole CLI process, default (${defaultThreads} of ${cores} cores)`, cliDefault);
cliLine('whole CLI process, --threads 1', cliOneThread);
cliLine(`whole CLI process, --threads ${cores} (every core)`, cliEveryCore);
console.log(`${''.padEnd(45)}target: 600 ms; memory and time within 10% of the run before the run pipeline`);
console.log(`5-year contract (models/retail-bpo-contract.json, years 5), ${TRIALS.toLocaleString('en-US')} trials`);
line('engine, one thread', `${contractMs.toFixed(0)} ms, ${(contractMs / engineMs).toFixed(2)} x the one-year run (target < 5)`);
line('whole CLI process, default threads', `${cliContract.ms.toFixed(0)} ms, ${(cliContract.ms / cliDefault.ms).toFixed(2)} x the one-year run (target < 5)`);
