import { describe, expect, it } from 'vitest';
import { formatCsv } from '../../../src/cli/formatCsv.js';
import { runScenario } from '../../../src/engine/index.js';
import { exportFileName, resultsCsvText, resultsJsonText, whyNoResults } from '../../../src/ui/export/resultsFiles.js';
import { defaultModel } from '../../helpers/fixtures.js';

const done = { phase: 'done', final: true, stale: false, hasResults: true, errorCount: 0 };

describe('the results downloads', () => {
  it('are the CLI\'s --format json and --format csv texts', () => {
    const results = runScenario(defaultModel(), { trials: 10_000 });
    expect(resultsJsonText(results)).toBe(`${JSON.stringify(results, null, 2)}\n`);
    expect(resultsCsvText(results)).toBe(formatCsv(results));
  });

  it('are offered only for final results of the scenario as it is, and say why not otherwise', () => {
    expect(whyNoResults(done)).toBeUndefined();
    expect(whyNoResults({ ...done, final: false, phase: 'running' })).toMatch(/still refining/);
    expect(whyNoResults({ ...done, stale: true, phase: 'running' })).toMatch(/before the latest edit/);
    expect(whyNoResults({ ...done, stale: true, phase: 'invalid', errorCount: 2 })).toMatch(/out of date: the scenario has 2 problems/);
    expect(whyNoResults({ ...done, hasResults: false, phase: 'running', final: false })).toMatch(/No results yet/);
    expect(whyNoResults({ ...done, phase: 'error' })).toMatch(/failed/);
    expect(whyNoResults({ ...done, hasResults: false, stale: false, phase: 'invalid', errorCount: 1 })).toMatch(/^No results: the scenario has 1 problem/);
  });

  it('are named after the scenario', () => {
    expect(exportFileName({ name: 'BPO shortlist' }, 'results.json')).toBe('bpo-shortlist-results.json');
    expect(exportFileName(null, 'vendors.csv')).toBe('scenario-vendors.csv');
  });
});
