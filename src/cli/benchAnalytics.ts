import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  analysisOf, ANALYTICS_RUN, blockCount, compileModel, controlValuesOf, DECISION_ANALYSES, DEFAULT_ANALYSES, negotiationOf, parseScenario, planRun,
  runScenario, simulateBlock, switchingValuesOf, tornadoesOf, type AnalysisName, type BlockColumns, type Model, type RunPlan, type Scenario,
} from '../engine/index.js';

/**
 * `npm run bench:analytics` (and the end of `npm run bench`): the decision analytics on the
 * default model at 100,000 trials, on one thread. The exact ones (control values,
 * negotiation, tornadoes, switching values) are memoized per model, so each repetition
 * compiles a fresh model and times the first call on it. The trial-based ones (value of
 * information, and with it the variance shares and rank probabilities) are timed over
 * freshly simulated columns of every block, accumulate, merge and finish, without the
 * simulation; then the whole run with and without them, and the CLI process with and
 * without `--analytics`. Prints medians, and each first call (unoptimised code, as a CLI
 * process meets it); the target of each is under 1 s, first call included.
 * `BENCH_TRIALS` and `BENCH_RUNS` change the size and the repetitions.
 */
const TRIALS = Number(process.env.BENCH_TRIALS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const TARGET_MS = 1000;
const CLI_RUNS = 7;
const modelPath = fileURLToPath(new URL('../../models/retail-bpo-2021.json', import.meta.url));
const mainPath = fileURLToPath(new URL('./main.js', import.meta.url));
const scenario = parseScenario(readFileSync(modelPath, 'utf8'));
const uncertainIncidence = parseScenario(JSON.stringify({
  ...JSON.parse(readFileSync(modelPath, 'utf8')),
  frequency: { ...JSON.parse(readFileSync(modelPath, 'utf8')).frequency, annualIncidence: { dist: 'pert', min: 0.2, mode: 0.39, max: 0.6 } },
}));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A timing: the first call in this process (code not yet optimised, as in a CLI run) and the median of the repetitions after it. */
interface Timing {
  first: number;
  median: number;
}

/** `time` over a first call and `RUNS` repetitions, each given a fresh `setup()` (not timed). */
function timed<T>(setup: () => T, time: (input: T) => unknown): Timing {
  const times: number[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    const input = setup();
    const started = performance.now();
    time(input);
    times.push(performance.now() - started);
  }
  return { first: times[0], median: median(times.slice(1)) };
}

const freshModel = (from: Scenario = scenario) => (): Model => compileModel(from, { trials: TRIALS });

/** A plan with the decision analytics, and every block's columns simulated afresh (so no block's tallies are memoized yet). */
function freshColumns(): { plan: RunPlan; columns: BlockColumns[] } {
  const plan = planRun({ scenario, trials: TRIALS, analyses: ANALYTICS_RUN });
  return { plan, columns: Array.from({ length: blockCount(TRIALS) }, (_, b) => simulateBlock(plan.model, b)) };
}

/** The analyses' accumulate on every block's columns, merged left in block order, then finished. */
function analyse(names: readonly AnalysisName[]) {
  return ({ plan, columns }: { plan: RunPlan; columns: BlockColumns[] }) => {
    for (const name of names) {
      const analysis = analysisOf(name);
      let folded: unknown;
      columns.forEach((c, b) => {
        const partial = analysis.accumulate(c, plan.context);
        folded = b === 0 ? partial : analysis.merge(folded, partial, plan.context);
      });
      analysis.finish(folded, plan.context);
    }
  };
}

/** Seconds of one whole CLI process on the default model, with extra flags. */
function cliRun(flags: readonly string[]): number {
  const started = performance.now();
  const cli = spawnSync(process.execPath, [mainPath, modelPath, '--trials', String(TRIALS), '--format', 'json', ...flags], { stdio: ['ignore', 'ignore', 'pipe'] });
  if (cli.status !== 0) throw new Error(`CLI failed: ${cli.stderr}`);
  return performance.now() - started;
}

/** Medians of `CLI_RUNS` whole CLI processes with and without `flags`, taken in turn so the machine's noise falls on both alike. */
function cliPair(flags: readonly string[], base: readonly string[] = []): { without: number; with: number } {
  const without: number[] = [];
  const withFlags: number[] = [];
  for (let run = 0; run < CLI_RUNS; run++) {
    without.push(cliRun(base));
    withFlags.push(cliRun([...base, ...flags]));
  }
  return { without: median(without), with: median(withFlags) };
}

const rows: [string, Timing][] = [
  ['control values, every vendor (controlValuesOf)', timed(freshModel(), (m) => controlValuesOf(m))],
  ['  the same, uncertain incidence (quadrature)', timed(freshModel(uncertainIncidence), (m) => controlValuesOf(m))],
  ['negotiation, every vendor (negotiationOf)', timed(freshModel(), (m) => negotiationOf(m))],
  ['tornadoes, every input x every vendor (tornadoesOf)', timed(freshModel(), (m) => tornadoesOf(m))],
  ['switching values, every input (switchingValuesOf)', timed(freshModel(), (m) => switchingValuesOf(m))],
  ['  the same, uncertain incidence (quadrature)', timed(freshModel(uncertainIncidence), (m) => switchingValuesOf(m))],
  ['EVPPI of every input: accumulate, merge, finish', timed(freshColumns, analyse(['valueOfInformation']))],
  ['  with variance shares and rank probabilities', timed(freshColumns, analyse(['valueOfInformation', 'sensitivity', 'rankProbabilities']))],
  ['all six decision analytics, analysis part only', timed(freshColumns, analyse(DECISION_ANALYSES))],
];
const runWithout = timed(() => undefined, () => runScenario(scenario, { trials: TRIALS }));
const runWithVoi = timed(() => undefined, () => runScenario(scenario, { trials: TRIALS, analyses: [...DEFAULT_ANALYSES, 'valueOfInformation'] }));
const runWith = timed(() => undefined, () => runScenario(scenario, { trials: TRIALS, analyses: ANALYTICS_RUN }));
const cliEveryCore = cliPair(['--analytics']);
const cliOneThread = cliPair(['--analytics'], ['--threads', '1']);

const line = (label: string, value: string) => console.log(`${label.padEnd(54)} ${value}`);
const ms = (x: number) => `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`;
const both = (t: Timing) => `${ms(t.median).padStart(9)}   (first call ${ms(t.first)})`;
console.log(`Decision analytics, default model, ${TRIALS.toLocaleString('en-US')} trials x ${scenario.vendors.length} vendors, one thread, median of ${RUNS} runs`);
for (const [label, value] of rows) line(label, both(value));
line('whole run in this thread, without the analytics', both(runWithout));
line('  with the value of information', `${both(runWithVoi)}, +${ms(runWithVoi.median - runWithout.median)}`);
line('  with all six decision analytics', `${both(runWith)}, +${ms(runWith.median - runWithout.median)}`);
for (const [label, cli] of [['whole CLI process, every core, --format json', cliEveryCore], ['whole CLI process, --threads 1', cliOneThread]] as const) {
  line(label, `${ms(cli.without).padStart(9)}   (median of ${CLI_RUNS})`);
  line('  with --analytics', `${ms(cli.with).padStart(9)}   (median of ${CLI_RUNS}), +${ms(cli.with - cli.without)}`);
}
const slowest = Math.max(...rows.map(([, t]) => Math.max(t.median, t.first)), runWith.median - runWithout.median, cliEveryCore.with - cliEveryCore.without, cliOneThread.with - cliOneThread.without);
line(`target < 1 s for each analytic (slowest ${ms(slowest)})`, slowest < TARGET_MS ? 'met' : 'not met');
