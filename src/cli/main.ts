#!/usr/bin/env node
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import {
  ANALYTICS_RUN, digestResults, planRun, ENGINE_VERSION, errorLine, MAX_SCENARIO_CHARACTERS, parseJson, problemLines, toleranceVerdict, validateScenario, type Results, type RunRequest, type Tolerance, type ToleranceVerdict,
} from '../engine/index.js';
import { BASE_MODELS, decodeLink, encodeLink, type Bases, type Json } from '../links/index.js';
import { parseArgs, UsageError, USAGE, type CliOptions } from './parseArgs.js';
import { runInThreads } from './runInThreads.js';
import { RunError } from '../runner/RunError.js';
import { threadsWorthStarting } from '../runner/blockWork.js';
import { stopSentence } from '../format/stopSentence.js';
import { formatTable } from './formatTable.js';
import { formatCsv } from './formatCsv.js';
import { outputProblem, writeOutputFile, writeStandardOutput } from './outputFile.js';
import { terminalSafe, terminalText } from '../format/terminalText.js';

/** Writes a message that may quote the scenario or the arguments to standard error, made safe for a terminal (`terminalText`). */
function say(text: string): void {
  process.stderr.write(terminalText(text));
}

/** The model simulated when no scenario file is named. */
export const DEFAULT_MODEL = fileURLToPath(new URL('../../models/retail-bpo-2021.json', import.meta.url));

/** The most worker threads a core runs: past it a thread only costs memory (each holds its blocks). */
const MAX_THREADS_PER_CORE = 4;

/** Where `--make-link` points without `--base-url`: the address `npm start` serves. */
const DEFAULT_PAGE = 'http://localhost:5173/';

/** The scenario to run, as JSON, and what to call it in errors; or an exit code. */
async function scenarioSource(options: CliOptions): Promise<{ json: unknown; label: string; kind: string } | number> {
  if (options.link !== undefined) {
    const decoded = await decodeLink(options.link, readBases());
    if (!decoded.ok) {
      say(`breach-sim: cannot open the link: ${decoded.problem}\n`);
      return 2;
    }
    return { json: decoded.scenario, label: 'the link', kind: 'scenario' };
  }
  const path = options.scenarioPath ?? DEFAULT_MODEL;
  let text: string;
  try {
    // Refused unread past what any text of MAX_SCENARIO_CHARACTERS can take in UTF-8 (4 bytes a character).
    const bytes = statSync(path).size;
    if (bytes > 4 * MAX_SCENARIO_CHARACTERS) {
      say(`breach-sim: ${path} is ${(bytes / 1e6).toFixed(0)} MB, too large to be a scenario (at most ${(MAX_SCENARIO_CHARACTERS / 1e6).toFixed(0)} million characters)\n`);
      return 2;
    }
    text = readFileSync(path, 'utf8');
  } catch (error) {
    say(`breach-sim: cannot read ${path}: ${(error as Error).message}\n`);
    return 2;
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    say(`breach-sim: ${path} is not a valid breach-scenario/1 file:\n  ${errorLine(parsed.error)}\n`);
    return 2;
  }
  return { json: parsed.value, label: path, kind: 'file' };
}

/** The base models links may name, read from the files the app ships. */
function readBases(): Bases {
  return new Map(BASE_MODELS.map((b) => [b.hash, JSON.parse(readFileSync(fileURLToPath(new URL(`../../${b.file}`, import.meta.url)), 'utf8')) as Json]));
}

/**
 * Progress on standard error: on a terminal, a line rewritten at every block; otherwise,
 * once a run has taken 2 s, a line at each further quarter of its blocks.
 */
function progressReporter(started: number): (done: number, total: number) => void {
  let quarter = 0;
  return (done, total) => {
    if (process.stderr.isTTY) {
      process.stderr.write(`\rsimulating: ${done}/${total} blocks`);
      return;
    }
    const reached = Math.floor((4 * done) / total);
    if (reached > quarter && reached < 4 && performance.now() - started > 2000) {
      process.stderr.write(`simulating: ${done}/${total} blocks (${Math.round((100 * done) / total)}%)\n`);
    }
    quarter = Math.max(quarter, reached);
  };
}

/** The results with the scenario's risk tolerance judged (`toleranceVerdict`), under `toleranceVerdict`, when it has one. */
function withTolerance(results: Results, tolerance: Tolerance | undefined): Results & { toleranceVerdict?: ToleranceVerdict } {
  return tolerance ? { ...results, toleranceVerdict: toleranceVerdict(results, tolerance) } : results;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

async function main(argv: string[]): Promise<number> {
  let options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      say(`breach-sim: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (options.out !== undefined) {
    const problem = outputProblem(options.out);
    if (problem) {
      say(`breach-sim: cannot write --out ${options.out}: ${problem}\n`);
      return 2;
    }
  }
  const source = await scenarioSource(options);
  if (typeof source === 'number') return source;
  const json = source.json;
  if (options.makeLink && isRecord(json) && isRecord(json.simulation)) {
    // The link carries the run it reproduces: the flags' trials and seed written into it.
    if (options.trials !== undefined) json.simulation.trials = options.trials;
    if (options.seed !== undefined) json.simulation.seed = options.seed;
  }
  const validation = validateScenario(json);
  if (!validation.ok) {
    say(`breach-sim: ${source.label} is not a valid breach-scenario/1 ${source.kind}:\n`);
    for (const line of problemLines(validation)) say(`  ${line}\n`);
    return 2;
  }
  const scenario = validation.scenario;

  const unknown = options.pairs.flat().filter((id) => !scenario.vendors.some((v) => v.id === id));
  if (unknown.length > 0) {
    say(`breach-sim: --pair names no vendor of ${source.label}: ${[...new Set(unknown)].map((id) => `"${id}"`).join(', ')}\n`);
    return 2;
  }
  // The CSV is one row per vendor: the decision analytics have no place in it, so they are not computed.
  const analytics = options.analytics && options.format !== 'csv';
  if (options.analytics && !analytics) {
    process.stderr.write('breach-sim: --analytics adds nothing to --format csv (one row per vendor); use --format table or json for the decision analytics\n');
  }
  const request: RunRequest = { scenario, trials: options.trials, seed: options.seed, pairs: options.pairs, ...(analytics ? { analyses: ANALYTICS_RUN } : {}) };
  const cores = availableParallelism();
  const threads = Math.min(options.threads ?? threadsFor(request, cores), MAX_THREADS_PER_CORE * cores);
  if (options.threads !== undefined && options.threads > threads) {
    process.stderr.write(`breach-sim: --threads ${options.threads} is more than ${MAX_THREADS_PER_CORE} a core of this machine's ${cores}: running ${threads} (the results are the same for any number)\n`);
  }
  const started = performance.now();
  let results: Results;
  let stated: number;
  try {
    ({ results, memoryBytes: stated } = await runInThreads(request, threads, progressReporter(started)));
  } catch (error) {
    if (!(error instanceof RunError)) throw error;
    if (error.kind === 'refused') {
      say(`breach-sim: cannot run ${source.label}:\n  ${error.message}\n`);
      return 2;
    }
    process.stderr.write(process.stderr.isTTY ? '\n' : '');
    say(`breach-sim: ${error.message}\n`);
    return 3;
  }
  const seconds = (performance.now() - started) / 1000;
  const stopped = results.stop ? `; ${stopSentence(results)}` : '';
  process.stderr.write(
    `${process.stderr.isTTY ? '\r' : ''}simulated ${results.trials.toLocaleString('en-US')} trials x ${results.vendors.length} vendors ` +
      `in ${seconds.toFixed(2)} s on ${Math.min(threads, Math.ceil(results.trials / 10_000))} thread(s), ` +
      `its data stated at most ${Math.ceil(stated / 1e6).toLocaleString('en-US')} MB before it started${stopped}\n`,
  );

  let output: string;
  if (options.makeLink) {
    const fragment = await encodeLink(json as Json, { engine: ENGINE_VERSION, made: new Date().toISOString(), digest: digestResults(results) }, readBases());
    process.stderr.write(`link: ${(fragment.length + 1).toLocaleString('en-US')} characters from "#"\n`);
    output = `${options.baseUrl ?? DEFAULT_PAGE}#${fragment}\n`;
  } else output =
    options.format === 'json' ? `${JSON.stringify(withTolerance(results, scenario.tolerance), null, 2)}\n`
    : options.format === 'csv' ? formatCsv(results)
    : formatTable(terminalSafe(results), { wide: options.wide, tolerance: scenario.tolerance });
  try {
    if (options.out === undefined) await writeStandardOutput(output);
    else writeOutputFile(options.out, output);
  } catch (error) {
    const where = options.out === undefined ? 'standard output' : terminalText(options.out);
    // A reader that closed the pipe (`| head`) wanted no more: that is no failure of the run.
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return 0;
    process.stderr.write(`breach-sim: could not write ${where}: ${terminalText(outputErrorText(error))}\n`);
    return 2;
  }
  return 0;
}

/** An output error in one line: its system message without the stack ("ENOSPC: no space left on device, write"). */
function outputErrorText(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`breach-sim: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);

/**
 * The threads a run gets without `--threads`: as many of the machine's cores as its
 * expected work pays for (`threadsWorthStarting`), so a run of a second or less is not
 * slowed, and its memory not grown, by threads that would still be starting when it ends.
 * A run the plan refuses gets one: the runner says why.
 */
function threadsFor(request: RunRequest, cores: number): number {
  try {
    return threadsWorthStarting(planRun(request), cores);
  } catch {
    return 1;
  }
}
