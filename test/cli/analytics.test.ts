import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  controlValuesOf, costsAt, DECISION_ANALYSES, decisionBasis, DEFAULT_ANALYSES, modelFor, negotiationOf, parseScenario, runScenario,
  switchingValuesOf, tornadoesOf, type Results,
} from '../../src/engine/index.js';
import { expectedLossAtMeans } from '../helpers/scenarios.js';
import { readJson, repositoryRoot } from '../helpers/fixtures.js';

/** The built CLI (`npm run build:cli` first), as a user runs it. */
const bin = join(repositoryRoot, 'build/cli/main.js');
const modelPath = join(repositoryRoot, 'models/retail-bpo-2021.json');
const TRIALS = 20_000;

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The six headings of `--analytics` in the table, in the order printed. */
const HEADINGS = [
  'What each control is worth',
  'What to negotiate',
  'Which assumption drives the answer',
  'Which assumption is worth finding out',
  'What would change the answer',
  'Rank probabilities',
];

/** Every number anywhere in a JSON value. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

/** |a - b| within `relative` of the larger magnitude. */
function expectClose(a: number, b: number, relative = 1e-6) {
  expect(Math.abs(a - b), `${a} vs ${b}`).toBeLessThanOrEqual(relative * Math.max(Math.abs(a), Math.abs(b)));
}

describe('breach-sim --analytics', () => {
  const scenario = parseScenario(readFileSync(modelPath, 'utf8'));
  const model = modelFor(scenario, { trials: TRIALS });
  const json = cli(modelPath, '--trials', String(TRIALS), '--format', 'json', '--analytics', '--threads', '1');
  const results: Results = JSON.parse(json.stdout);
  const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

  it('adds all six analytics under their own keys, every number finite', () => {
    expect(json.code, json.stderr).toBe(0);
    for (const key of DECISION_ANALYSES) {
      expect(results[key], key).toBeDefined();
      const numbers = numbersIn(results[key]);
      expect(numbers.length, key).toBeGreaterThan(0);
      for (const x of numbers) expect(Number.isFinite(x), `${key}: ${x}`).toBe(true);
    }
  });

  it('prints the same figures for any number of threads', () => {
    const three = cli(modelPath, '--trials', String(TRIALS), '--format', 'json', '--analytics', '--threads', '3');
    expect(three.stdout).toBe(json.stdout);
  });

  it('the exact analytics are the engine\'s closed-form functions called directly', () => {
    expect(results.controlValues).toEqual(plain(controlValuesOf(model)));
    expect(results.negotiation).toEqual(plain(negotiationOf(model)));
    expect(results.switchingValues).toEqual(plain({ inputs: switchingValuesOf(model) }));
    const { vendors, decision } = tornadoesOf(model);
    expect(results.sensitivity!.vendors).toEqual(plain(vendors));
    expect(results.sensitivity!.decision).toEqual(plain(decision));
  });

  it('the trial-based analytics are the in-process run\'s, to the last bit', () => {
    const engine = runScenario(scenario, { trials: TRIALS, analyses: [...DEFAULT_ANALYSES, ...DECISION_ANALYSES] });
    expect(results.valueOfInformation).toEqual(plain(engine.valueOfInformation));
    expect(results.rankProbabilities).toEqual(plain(engine.rankProbabilities));
    expect(results.sensitivity!.varianceShares).toEqual(plain(engine.sensitivity!.varianceShares));
  });

  it('expected losses match the closed form written in the tests, and a break-even price makes the costs tie', () => {
    const scenarioJson = readJson('models/retail-bpo-2021.json');
    const negotiation = results.negotiation!;
    for (const v of negotiation.vendors) expectClose(v.expectedLoss, expectedLossAtMeans(scenarioJson, v.id), 1e-9);
    const [cheapest, runnerUp] = negotiation.vendors;
    expect(cheapest.id).toBe(negotiation.cheapest);
    for (const v of negotiation.vendors) {
      const rival = v === cheapest ? runnerUp : cheapest;
      expectClose(v.breakEvenPrice! + v.expectedLoss, rival.cost);
      expectClose(v.headroom!, v.breakEvenPrice! - v.annualPrice);
    }
    // The safer candidate's premium is the difference of the two expected losses.
    const premium = negotiation.premium!;
    const lossOf = (id: string) => negotiation.vendors.find((v) => v.id === id)!.expectedLoss;
    expectClose(premium.amount, lossOf(premium.cheaper) - lossOf(premium.safer));
  });

  it('at each switching value the two candidates\' exact costs tie', () => {
    const { inputs } = decisionBasis(model);
    const index = (id: string) => model.vendors.findIndex((v) => v.id === id);
    let switches = 0;
    for (const s of results.switchingValues!.inputs) {
      const input = inputs.find((i) => i.id === s.input)!;
      for (const side of [s.below, s.above]) {
        if (side === null) continue;
        const costs = costsAt(model, input.at(side.value));
        expectClose(costs[index(side.vendor)], costs[index(s.cheapest)]);
        switches++;
      }
    }
    expect(switches).toBeGreaterThan(0);
  });

  it('EVPPI is at most EVPI, and each candidate\'s rank probabilities and each rank\'s sum to 1', () => {
    const voi = results.valueOfInformation!;
    for (const i of voi.inputs) {
      expect(i.evppi).toBeGreaterThanOrEqual(0);
      expect(i.evppi).toBeLessThanOrEqual(voi.evpi + 1e-9);
    }
    const ranks = results.rankProbabilities!.vendors;
    for (const v of ranks) expectClose(v.ranks.reduce((t, p) => t + p, 0), 1, 1e-12);
    for (let r = 0; r < ranks.length; r++) expectClose(ranks.reduce((t, v) => t + v.ranks[r], 0), 1, 1e-12);
    for (const v of ranks) expect(v.ranks[0]).toBeCloseTo(results.vendors.find((x) => x.id === v.id)!.probabilityCheapest, 12);
  });

  it('the table adds the six headed sections after the unchanged table, within 100 columns', () => {
    const without = cli(modelPath, '--trials', String(TRIALS));
    const withAnalytics = cli(modelPath, '--trials', String(TRIALS), '--analytics');
    expect(withAnalytics.code, withAnalytics.stderr).toBe(0);
    expect(withAnalytics.stdout.startsWith(without.stdout)).toBe(true);
    const lines = withAnalytics.stdout.split('\n');
    const at = HEADINGS.map((h) => lines.indexOf(h));
    for (const [i, h] of HEADINGS.entries()) {
      expect(at[i], h).toBeGreaterThan(0);
      expect(lines[at[i] + 1]).toBe('='.repeat(h.length));
    }
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(100);
    expect(withAnalytics.stdout).toContain('Bluepeak BPO stays the cheapest up to a price of');
    // Sentences are wrapped: read them as one line.
    const text = withAnalytics.stdout.replace(/\n(?=\S)/g, ' ');
    expect(text).toMatch(/Pinning down .* is worth up to \$[\d.]+k a year in expectation/);
    expect(text).toMatch(/plain-number inputs .* are treated as known, so they have no value of information/);
  });

  it('without --analytics neither the keys nor the headings appear; CSV is the same either way', () => {
    const plainJson = JSON.parse(cli(modelPath, '--trials', '10000', '--format', 'json').stdout);
    for (const key of DECISION_ANALYSES) expect(plainJson).not.toHaveProperty(key);
    const table = cli(modelPath, '--trials', '10000').stdout;
    for (const h of HEADINGS) expect(table).not.toContain(h);
    const csv = cli(modelPath, '--trials', '10000', '--format', 'csv');
    const csvAnalytics = cli(modelPath, '--trials', '10000', '--format', 'csv', '--analytics');
    expect(csvAnalytics.code).toBe(0);
    expect(csvAnalytics.stdout).toBe(csv.stdout);
  });

  it('--help names --analytics and says what csv does with it', () => {
    const help = cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--analytics');
    expect(help.stdout).toMatch(/--format csv stays one row per vendor/);
  });
});
