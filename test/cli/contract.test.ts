import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseScenario, runScenario, toleranceVerdict } from '../../src/engine/index.js';
import { formatMoney } from '../../src/format/money.js';
import { repositoryRoot } from '../helpers/fixtures.js';

/** The built CLI (`npm run build:cli`, run by `npm test` first), as a user runs it. */
const bin = join(repositoryRoot, 'build/cli/main.js');
const work = mkdtempSync(join(tmpdir(), 'breach-contract-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const contractPath = join(repositoryRoot, 'models/retail-bpo-contract.json');
const contractJson = () => JSON.parse(readFileSync(contractPath, 'utf8'));

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: work });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('breach-sim with contract terms', () => {
  it('answers over the contract in the table, with the contract section and the tolerance verdict', () => {
    const run = cli(contractPath, '--trials', '20000');
    expect(run.code).toBe(0);
    const results = runScenario(parseScenario(readFileSync(contractPath, 'utf8')), { trials: 20_000 });
    const contract = results.contract!;
    const best = contract.vendors.find((v) => v.id === contract.verdict.best)!;
    // The answer names the contract's cheapest by its present value, as the engine ranks it.
    const text = run.stdout.replace(/\s+/g, ' ');
    expect(text).toContain(`Over the 3-year contract, ${best.name} is the cheapest vendor once breach risk is priced in: ${formatMoney(best.total.presentValue.mean, 'USD')}`);
    expect(run.stdout).toMatch(/Over the 3-year contract \(present value at 6\.0% a year, after indemnity and insurance\):/);
    expect(run.stdout).toMatch(/Vendor\s+Year 1\s+Year 2\s+Year 3/);
    const verdict = toleranceVerdict(results, parseScenario(readFileSync(contractPath, 'utf8')).tolerance!);
    expect(run.stdout).toMatch(/Risk tolerance: at most 15\.0% of losing more than \$5\.00M/);
    for (const v of verdict.vendors) expect(run.stdout).toMatch(new RegExp(`${v.name.slice(0, 20)}.*\\s${v.passes ? 'within' : 'EXCEEDS'}\\s`));

    // The answer says whether the vendor it names is within the tolerance, as the engine judges it.
    const named = verdict.vendors.find((v) => v.id === contract.verdict.best)!;
    expect(text).toContain(`${named.name} ${named.passes ? 'is within' : 'exceeds'} the risk tolerance`);
  });

  it('--format json carries results.contract and the tolerance verdict, the same bits for 1 and 2 threads', () => {
    const one = cli(contractPath, '--trials', '20000', '--format', 'json', '--threads', '1');
    const two = cli(contractPath, '--trials', '20000', '--format', 'json', '--threads', '2');
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const printed = JSON.parse(one.stdout);
    const scenario = parseScenario(readFileSync(contractPath, 'utf8'));
    const engine = runScenario(scenario, { trials: 20_000 });
    expect(printed.contract).toEqual(JSON.parse(JSON.stringify(engine.contract)));
    expect(printed.toleranceVerdict).toEqual(JSON.parse(JSON.stringify(toleranceVerdict(engine, scenario.tolerance!))));
    expect(printed.toleranceVerdict.per).toBe('contract');
    expect(Object.keys(printed.contract)).toEqual(['years', 'costTrend', 'discountRate', 'vendors', 'comparisons', 'ranking', 'verdict', 'cheapestBasis']);
  });

  it('a one-year scenario without terms prints no contract, and a point tolerance is judged on the year', () => {
    const json = contractJson();
    delete json.contract;
    delete json.insurance;
    for (const v of json.vendors) for (const key of ['priceEscalation', 'indemnity', 'switchingCost']) delete v[key];
    json.tolerance = { loss: 20_000_000, probability: 0.05 };
    const path = join(work, 'year.json');
    writeFileSync(path, JSON.stringify(json));
    const run = cli(path, '--trials', '20000', '--format', 'json');
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed.contract).toBeUndefined();
    expect(printed.toleranceVerdict.per).toBe('year');
    // By hand: a vendor passes when its chance of a year above $20M is at most 5%.
    for (const check of printed.toleranceVerdict.vendors) {
      const vendor = printed.vendors.find((v: { id: string }) => v.id === check.id);
      const point = vendor.exceedance.find((p: { loss: number }) => p.loss >= 20_000_000);
      expect(check.loss).toBe(20_000_000);
      expect(check.passes).toBe(check.probability <= 0.05);
      expect(Math.abs(check.probability - point.probability)).toBeLessThan(0.01);
    }
    const table = cli(path, '--trials', '20000');
    expect(table.stdout).not.toMatch(/Over the|after indemnity/);
    expect(table.stdout).toMatch(/Risk tolerance: at most 5\.0% a year of losing more than \$20\.0M\./);
  });

  it('names the field of a bad contract term and runs nothing', () => {
    const json = contractJson();
    json.vendors[1].indemnity.share = 1.5;
    json.contract.years = 11;
    const path = join(work, 'bad.json');
    writeFileSync(path, JSON.stringify(json));
    const run = cli(path);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/contract\.years: must be <= 10; got 11/);
    expect(run.stderr).toMatch(/vendors\[1\]\.indemnity\.share: must be <= 1; got 1\.5/);
    expect(run.stdout).toBe('');
  });
});
