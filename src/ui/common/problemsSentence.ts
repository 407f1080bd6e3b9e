import { errorLine, type ScenarioError } from '../../engine/index.js';

/**
 * Why nothing can run yet, naming the first problem by its field, as the Assumptions view
 * lists them all: for the views that show results, where only a count would leave the
 * reader to hunt for the field.
 *
 * @example
 * problemsSentence([{ path: 'vendors[2].annualPrice', message: 'must be >= 0; got -5' }]);
 * // 'this scenario has 1 problem to fix before it can run: vendors[2].annualPrice: must be >= 0; got -5 (see Assumptions)'
 */
export function problemsSentence(errors: readonly ScenarioError[]): string {
  if (errors.length === 0) return 'this scenario has problems to fix before it can run (see Assumptions)';
  const count = `${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}`;
  const more = errors.length > 1 ? `, and ${errors.length - 1} more` : '';
  return `this scenario has ${count} to fix before it can run: ${errorLine(errors[0])}${more} (see Assumptions)`;
}
