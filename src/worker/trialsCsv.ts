import type { Model } from '../engine/model/compileModel.js';
import type { BlockColumns } from '../engine/simulate/blockColumns.js';
import type { ParameterDraws } from '../engine/simulate/parameterDraws.js';
import { BLOCK_TRIALS } from '../engine/version.js';
import { csvCell } from '../format/csvCell.js';

/**
 * The per-trial CSV's header line: `trial`, then per vendor `loss:<id>` (the year's loss) and
 * `expected:<id>` (its expected annual loss given the trial's parameter draws), then one
 * column per parameter draw (`frequency`, `effect:<controlId>:<n>`).
 *
 * @example
 * trialsCsvHeader(model, draws); // 'trial,loss:none,expected:none,...,frequency,effect:mfa:0\n'
 */
export function trialsCsvHeader(model: Model, drawNames: readonly string[]): string {
  const names = ['trial'];
  for (const v of model.vendors) names.push(`loss:${v.id}`, `expected:${v.id}`);
  names.push(...drawNames);
  return names.map(csvCell).join(',') + '\n';
}

/**
 * One block's rows of the per-trial CSV (trial numbers from 1, across the whole run), every
 * number written with JavaScript's shortest round-trip form, so a reader gets the same doubles back.
 *
 * @example
 * trialsCsvRows(simulateBlock(model, 0, { perTrial: true }), parameterDraws(model, 0)); // '1,0,1234.5,...\n2,...'
 */
export function trialsCsvRows(result: BlockColumns, draws: ParameterDraws): string {
  const perTrial = result.perTrial;
  if (!perTrial) throw new Error('trialsCsvRows: the block was simulated without perTrial');
  const { losses, expected } = perTrial;
  const first = result.block * BLOCK_TRIALS;
  const lines: string[] = new Array(result.trials);
  for (let t = 0; t < result.trials; t++) {
    let line = String(first + t + 1);
    for (let j = 0; j < losses.length; j++) line += ',' + losses[j][t] + ',' + expected[j][t];
    for (const column of draws.columns) line += ',' + column[t];
    lines[t] = line;
  }
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
}
