import type { Results } from '../../engine/index.js';
import { formatCsv } from '../../cli/formatCsv.js';
import { scenarioFileName } from '../workspace/scenarioFileName.js';

/**
 * The results as the CLI's `--format json` prints them, byte for byte (`breach-results/2`).
 *
 * @example
 * resultsJsonText(results).endsWith('}\n'); // true
 */
export function resultsJsonText(results: Results): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}

/**
 * The summary as the CLI's `--format csv` prints it, byte for byte: the CLI's own
 * `formatCsv` (pure), one row a vendor, formula-looking text neutralised.
 *
 * @example
 * resultsCsvText(results).split('\n')[0].startsWith('id,name,annualPrice,'); // true
 */
export function resultsCsvText(results: Results): string {
  return formatCsv(results);
}

/**
 * A download's file name: the scenario's file name stem (as "Download .json" names it),
 * a hyphen, `what`.
 *
 * @example
 * exportFileName({ name: 'BPO shortlist' }, 'results.json'); // 'bpo-shortlist-results.json'
 * exportFileName(null, 'vendors.csv'); // 'scenario-vendors.csv'
 */
export function exportFileName(scenario: unknown, what: string): string {
  return `${scenarioFileName(scenario).replace(/\.json$/, '')}-${what}`;
}

/** What the run controller says about the results on screen. */
export interface RunFacts {
  phase: 'running' | 'done' | 'invalid' | 'error' | string;
  final: boolean;
  stale: boolean;
  hasResults: boolean;
  errorCount: number;
}

/**
 * Why the results cannot be downloaded now, or undefined when they can: only the final
 * results of the scenario as it is (the page's `data-final` and not `data-stale`) go out.
 *
 * @example
 * whyNoResults({ phase: 'done', final: true, stale: false, hasResults: true, errorCount: 0 }); // undefined
 * whyNoResults({ phase: 'running', final: false, stale: false, hasResults: true, errorCount: 0 }); // 'The run is still refining …'
 */
export function whyNoResults(run: RunFacts): string | undefined {
  if (run.phase === 'invalid' || (run.stale && run.errorCount > 0)) {
    return `${run.hasResults ? 'The results on screen are out of date' : 'No results'}: the scenario has ${run.errorCount} ${run.errorCount === 1 ? 'problem' : 'problems'} to fix before it can run (see Assumptions).`;
  }
  if (run.phase === 'error') return 'The last run failed, so there are no results to download.';
  if (!run.hasResults) return 'No results yet: the simulation is running.';
  if (run.stale) return 'The results on screen are of the scenario before the latest edit: the new run is under way.';
  if (!run.final || run.phase !== 'done') return 'The run is still refining its figures: the downloads come when it has done every trial.';
  return undefined;
}
