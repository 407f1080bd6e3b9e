#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { errorLine, modelFor, parseScenario, ScenarioValidationError, summarize, type Results } from '../engine/index.js';
import { parseArgs, UsageError, USAGE } from './parseArgs.js';
import { runThreads } from './runThreads.js';
import { formatTable } from './formatTable.js';
import { formatCsv } from './formatCsv.js';
import { outputProblem, writeOutputFile } from './outputFile.js';

/** The model simulated when no scenario file is named. */
export const DEFAULT_MODEL = fileURLToPath(new URL('../../models/retail-bpo-2021.json', import.meta.url));

async function main(argv: string[]): Promise<number> {
  let options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`breach-sim: ${error.message}\n\n${USAGE}\n`);
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
      process.stderr.write(`breach-sim: cannot write --out ${options.out}: ${problem}\n`);
      return 2;
    }
  }
  const path = options.scenarioPath ?? DEFAULT_MODEL;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    process.stderr.write(`breach-sim: cannot read ${path}: ${(error as Error).message}\n`);
    return 2;
  }
  let scenario;
  try {
    scenario = parseScenario(text);
  } catch (error) {
    if (error instanceof ScenarioValidationError) {
      process.stderr.write(`breach-sim: ${path} is not a valid breach-scenario/1 file:\n`);
      for (const e of error.errors) process.stderr.write(`  ${errorLine(e)}\n`);
      return 2;
    }
    throw error;
  }

  const model = modelFor(scenario, { trials: options.trials, seed: options.seed });
  const threads = options.threads ?? availableParallelism();
  const started = performance.now();
  const interactive = process.stderr.isTTY;
  const blocks = await runThreads(scenario, model, threads, (done, total) => {
    if (interactive) process.stderr.write(`\rsimulating: ${done}/${total} blocks`);
  });
  const results: Results = summarize(model, blocks, { scenario: scenario.name, currency: scenario.currency });
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(
    `${interactive ? '\r' : ''}simulated ${model.trials.toLocaleString('en-US')} trials x ${model.vendors.length} vendors ` +
      `in ${seconds.toFixed(2)} s on ${Math.min(threads, blocks.length)} thread(s)\n`,
  );

  const output =
    options.format === 'json' ? `${JSON.stringify(results, null, 2)}\n`
    : options.format === 'csv' ? formatCsv(results)
    : formatTable(results, { wide: options.wide });
  if (options.out === undefined) {
    process.stdout.write(output);
    return 0;
  }
  try {
    writeOutputFile(options.out, output);
  } catch (error) {
    process.stderr.write(`breach-sim: could not write ${options.out}: ${(error as Error).message}\n`);
    return 1;
  }
  return 0;
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
