import { errorLine, type ScenarioError } from '../../engine/index.js';

/**
 * Why nothing can run yet, naming the first problem by its field, as the Assumptions view
 * lists them: for the views that show results, where only a count would leave the reader
 * to hunt for the field. `omitted` counts the problems beyond the listed ones.
 *
 * @example
 * problemsSentence([{ path: 'vendors[2].annualPrice', message: 'must be >= 0; got -5' }]);
 * // 'this scenario has 1 problem to fix before it can run: vendors[2].annualPrice: must be >= 0; got -5 (see Assumptions)'
 */
export function problemsSentence(errors: readonly ScenarioError[], omitted = 0): string {
  if (errors.length === 0) return 'this scenario has problems to fix before it can run (see Assumptions)';
  const total = errors.length + omitted;
  const count = `${total.toLocaleString('en-US')} ${total === 1 ? 'problem' : 'problems'}`;
  const more = total > 1 ? `, and ${(total - 1).toLocaleString('en-US')} more` : '';
  return `this scenario has ${count} to fix before it can run: ${errorLine(errors[0])}${more} (see Assumptions)`;
}
