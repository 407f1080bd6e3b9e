import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseScenario, runScenario } from '../../src/engine/index.js';
import { issueExample, repositoryRoot } from '../helpers/fixtures.js';

/** The built CLI (`npm run build:cli`, run by `npm test` first), as a user runs it. */
const bin = join(repositoryRoot, 'build/cli/main.js');
const work = mkdtempSync(join(tmpdir(), 'breach-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: work });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function scenarioFile(json: unknown, name = 'scenario.json'): string {
  const path = join(work, name);
  writeFileSync(path, JSON.stringify(json));
  return path;
}

describe('breach-sim CLI', () => {
  it('prints the default model comparison as a table', () => {
    const run = cli('--trials', '20000');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Bluepeak BPO is the cheapest vendor once breach risk is priced in: /);
    for (const name of ['Northwind Contact', 'Bluepeak BPO', 'Harbor Support', 'Lowell Outsourcing', 'Reference: no listed controls']) {
      expect(run.stdout).toContain(name);
    }
    expect(run.stderr).toMatch(/simulated 20,000 trials x 5 vendors/);
  });

  it('--format json prints exactly the engine results, identical for any number of threads', () => {
    const path = scenarioFile(issueExample());
    const one = cli(path, '--trials', '35000', '--format', 'json', '--threads', '1');
    const three = cli(path, '--trials', '35000', '--format', 'json', '--threads', '3');
    expect(one.code).toBe(0);
    expect(three.code).toBe(0);
    expect(three.stdout).toBe(one.stdout);
    const results = JSON.parse(one.stdout);
    const engine = runScenario(parseScenario(JSON.stringify(issueExample())), { trials: 35_000 });
    expect(results).toEqual(JSON.parse(JSON.stringify(engine)));
    expect(results.format).toBe('breach-results/2');
    expect(results.trials).toBe(35_000);
    expect(results.seed).toBe('retail-2021');
    expect(Object.keys(results.vendors[0])).toEqual([
      'id', 'name', 'annualPrice', 'reference', 'expectedLoss', 'probabilityOfBreach', 'expectedBreaches', 'quantiles',
      'tailValueAtRisk95', 'riskAdjustedCost', 'probabilityCheapest', 'exceedance',
    ]);
    expect(Object.keys(results.vendors[0].expectedLoss)).toEqual(['mean', 'standardError', 'sample']);
    expect(Object.keys(results.comparisons[0])).toEqual([
      'a', 'b', 'meanDifference', 'standardError', 'probabilityALower', 'probabilityACheaper', 'sample',
    ]);
    expect(Object.keys(results)).toEqual([
      'format', 'scenario', 'currency', 'trials', 'seed', 'engineVersion', 'vendors', 'comparisons', 'ranking', 'verdict', 'warnings',
      'comparedPairs', 'convergence',
    ]);
  });

  it('--seed overrides the scenario seed, the same as a seed in the file', () => {
    const json = issueExample();
    const flag = cli(scenarioFile(json, 'a.json'), '--trials', '12000', '--format', 'json', '--seed', '42');
    json.simulation.seed = 42;
    const file = cli(scenarioFile(json, 'b.json'), '--trials', '12000', '--format', 'json');
    expect(flag.stdout).toBe(file.stdout);
  });

  it('--format csv writes one row per vendor with raw numbers, and --out writes to a file', () => {
    const out = join(work, 'results.csv');
    const run = cli(scenarioFile(issueExample()), '--trials', '10000', '--format', 'csv', '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    // The columns of breach-results/1 first, as they were; the new ones appended.
    expect(lines[0]).toBe('id,name,annualPrice,expectedLoss,expectedLossStandardError,probabilityOfBreach,expectedBreaches,p50,p75,p90,p95,p99,tailValueAtRisk95,riskAdjustedCost,probabilityCheapest'
      + ',p5,currency,seed,trials,expectedLossSample,expectedLossSampleStandardError');
    expect(lines).toHaveLength(4);
    expect(lines[2].startsWith('a,Vendor A,1200000,')).toBe(true);
    const results = runScenario(parseScenario(JSON.stringify(issueExample())), { trials: 10_000 });
    const cells = lines[2].split(',');
    const a = results.vendors[1];
    expect(cells.slice(15)).toEqual([String(a.quantiles.p5), 'USD', 'retail-2021', '10000', String(a.expectedLoss.sample.mean), String(a.expectedLoss.sample.standardError)]);
    expect(Number(cells[3])).toBe(a.expectedLoss.mean);
  });

  it('the table fits 100 columns, long vendor names shortened; --wide shows every column', () => {
    const json = issueExample();
    json.vendors[1].name = 'A vendor with a very long name indeed, Incorporated, of Springfield';
    const path = scenarioFile(json, 'long.json');
    const narrow = cli(path, '--trials', '10000');
    expect(narrow.code).toBe(0);
    for (const line of narrow.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
    expect(narrow.stdout).toContain('A vendor with a very long');
    expect(narrow.stdout).not.toContain('TVaR95');
    const wide = cli(path, '--trials', '10000', '--wide');
    expect(wide.stdout).toContain('TVaR95');
    expect(wide.stdout).toContain('Sample mean');
    expect(wide.stdout).toContain('of Springfield');
  });

  it('a bad --out is refused before simulating, in one line with exit code 2; a good one is written whole', () => {
    mkdirSync(join(work, 'folder'), { recursive: true });
    for (const [out, why] of [
      [join(work, 'no', 'such', 'dir', 'x.csv'), 'does not exist'],
      [join(work, 'folder'), 'is a folder'],
      ['', 'needs a file name'],
    ]) {
      const run = cli('--trials', '10000', '--out', out);
      expect(run.code, out).toBe(2);
      expect(run.stderr, out).toContain(why);
      expect(run.stderr).not.toMatch(/simulated|\n\s+at /);
      expect(run.stdout).toBe('');
    }
    const out = join(work, 'folder', 'table.txt');
    writeFileSync(out, 'previous');
    expect(cli('--trials', '10000', '--out', out).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^Retail e-commerce/);
  });

  it('flags the figures a warning concerns and prints the warning', () => {
    const json = issueExample();
    json.magnitude.perBreach = { dist: 'lognormal', mean: 5_000_000, sigma: 10 };
    const run = cli(scenarioFile(json, 'heavy.json'), '--trials', '20000');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Warnings \(! marks the figures they concern\):/);
    expect(run.stdout).toMatch(/- magnitude\.perBreach: a lognormal with sigma 10/);
    expect(run.stdout).toMatch(/\$[0-9.]+[kMB]?!/);
  });

  it('an invalid scenario exits with code 2, the path-named errors on stderr and nothing on stdout', () => {
    const json = issueExample();
    json.vendors[2].controls.push('mfx');
    json.frequency.vectors.other = 0.5;
    const run = cli(scenarioFile(json), '--format', 'json');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('vendors[2].controls[1]: unknown control "mfx"');
    expect(run.stderr).toContain('frequency.vectors: vector shares must sum to 1');
  });

  it('malformed JSON, a missing file and bad flags exit with code 2 and nothing on stdout', () => {
    const broken = join(work, 'broken.json');
    writeFileSync(broken, '{"format": "breach-scenario/1",');
    for (const args of [[broken], [join(work, 'missing.json')], ['--trials', '0'], ['--format', 'xml'], ['--frobnicate'], ['--threads', 'two'], ['--out=']]) {
      const run = cli(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.length).toBeGreaterThan(0);
    }
  });

  it('--make-link prints a link carrying the run, and --link runs it to the same figures', () => {
    const json = issueExample();
    const path = scenarioFile(json, 'linked.json');
    const made = cli(path, '--trials', '12000', '--seed', 'linked', '--make-link', '--base-url', 'https://risk.example.org/app/');
    expect(made.code, made.stderr).toBe(0);
    const link = made.stdout.trim();
    expect(link).toMatch(/^https:\/\/risk\.example\.org\/app\/#b1\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/);
    expect(made.stderr).toMatch(/link: [\d,]+ characters from "#"/);
    const viaLink = cli('--link', link, '--format', 'json');
    expect(viaLink.code, viaLink.stderr).toBe(0);
    const viaFile = cli(path, '--trials', '12000', '--seed', 'linked', '--format', 'json');
    expect(viaLink.stdout).toBe(viaFile.stdout);
    // The fragment alone does as well as the whole address.
    expect(cli('--link', link.slice(link.indexOf('#')), '--format', 'json').stdout).toBe(viaFile.stdout);
  });

  it('--link with a damaged or foreign link exits with code 2 and says what is wrong', () => {
    const link = cli(scenarioFile(issueExample(), 'l.json'), '--trials', '10000', '--make-link').stdout.trim();
    for (const [bad, why] of [
      [link.slice(0, -6), /damaged/],
      ['https://example.org/#b9.00000000.abc', /newer version of this app/],
      ['https://example.org/', /no scenario link/],
    ] as [string, RegExp][]) {
      const run = cli('--link', bad);
      expect(run.code, bad).toBe(2);
      expect(run.stderr).toMatch(why);
      expect(run.stdout).toBe('');
    }
    expect(cli(scenarioFile(issueExample(), 'm.json'), '--link', link).stderr).toMatch(/not both/);
  });
});

describe('breach-sim CSV in a spreadsheet', () => {
  it('neutralises a formula-looking vendor name with a leading quote; numbers stay numbers', () => {
    const scenario = issueExample();
    scenario.vendors[1].name = '=HYPERLINK("x")';
    scenario.vendors[2].name = '-1 Vendor';
    const run = cli(scenarioFile(scenario, 'formula.json'), '--trials', '10000', '--format', 'csv');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[2].startsWith(`${scenario.vendors[1].id},"'=HYPERLINK(""x"")",`)).toBe(true);
    expect(lines[3].startsWith(`${scenario.vendors[2].id},'-1 Vendor,`)).toBe(true);
    // Every figure is a bare number (no quote, no prefix), as before.
    for (const line of lines.slice(1)) {
      const cells = line.replace(/^[^,]*,("[^"]*(""[^"]*)*"|[^,]*),/, '').split(',');
      for (const [i, cell] of cells.entries()) if (i !== 14 && i !== 15) expect(cell).toMatch(/^-?\d+(\.\d+)?(e[+-]\d+)?$/);
    }
  });
});

describe('breach-sim CLI: the run pipeline', () => {
  it('runs a scenario with stopAt until precise, says where it stopped, and --trials runs a fixed length instead', () => {
    const json = issueExample();
    json.simulation.stopAt = { relativeStandardError: 0.002, minTrials: 20_000 };
    const path = scenarioFile(json, 'stop.json');
    const run = cli(path, '--format', 'json', '--threads', '2');
    expect(run.code).toBe(0);
    const results = JSON.parse(run.stdout);
    const engine = runScenario(parseScenario(JSON.stringify(json)));
    expect(results.trials).toBe(engine.trials);
    expect(results.stop).toEqual({ relativeStandardError: 0.002, minTrials: 20_000, maxTrials: 10_000_000, reason: 'precision' });
    expect(run.stderr).toContain(`Stopped at ${engine.trials.toLocaleString('en-US')} simulated years: every vendor's expected loss within 0.2%`);
    const fixed = JSON.parse(cli(path, '--format', 'json', '--trials', '30000').stdout);
    expect(fixed.trials).toBe(30_000);
    expect(fixed.stop).toBeUndefined();
  });

  it('refuses a run beyond the memory cap before any work, naming the field, with exit code 2', () => {
    const json = issueExample();
    json.vendors = Array.from({ length: 80 }, (_, i) => ({ ...json.vendors[1], id: `v${i}`, name: `Vendor ${i}` }));
    const run = cli(scenarioFile(json, 'big.json'), '--trials', '100000000');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/simulation\.trials: the run needs about [\d.]+ GB of memory for 100,000,000 trials of 80 vendors, more than the 2\.1 GB/);
    expect(run.stdout).toBe('');
  });

  it('--pair names vendors of the scenario, or exits with code 2', () => {
    const run = cli('--trials', '10000', '--pair', 'bluepeak,nobody');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--pair names no vendor of');
    expect(run.stderr).toContain('"nobody"');
    expect(cli('--trials', '10000', '--pair', 'bluepeak').stderr).toMatch(/--pair needs two vendor ids/);
  });
});
