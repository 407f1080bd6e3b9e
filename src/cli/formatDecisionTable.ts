import type { Results } from '../engine/index.js';
import { controlValuesSection } from './decisionTable/controlValuesSection.js';
import { decisionLayout } from './decisionTable/decisionLayout.js';
import { informationSection } from './decisionTable/informationSection.js';
import { negotiationSection } from './decisionTable/negotiationSection.js';
import { rankSection } from './decisionTable/rankSection.js';
import { sensitivitySection } from './decisionTable/sensitivitySection.js';
import { switchingSection } from './decisionTable/switchingSection.js';

/**
 * The decision analytics of a run (`breach-sim --analytics`) as text for a terminal, one
 * headed section per analytic the results hold, in the order a buyer asks: what each
 * control is worth, what to negotiate, which assumption drives the answer, which is worth
 * finding out, what would change the answer, and the rank probabilities. No lines for a
 * run without them. Fits `TABLE_WIDTH` columns; `wide` shows every row.
 *
 * @example
 * formatDecisionTable(results).filter((line) => /^=+$/.test(line)).length; // 6 with every analytic, 0 without
 */
export function formatDecisionTable(results: Results, options: { wide?: boolean } = {}): string[] {
  const layout = decisionLayout(results, options.wide === true);
  return [
    ...(results.controlValues ? controlValuesSection(results.controlValues, layout) : []),
    ...(results.negotiation ? negotiationSection(results.negotiation, layout) : []),
    ...(results.sensitivity ? sensitivitySection(results.sensitivity, layout) : []),
    ...(results.valueOfInformation ? informationSection(results.valueOfInformation, layout) : []),
    ...(results.switchingValues ? switchingSection(results.switchingValues.inputs, layout) : []),
    ...(results.rankProbabilities ? rankSection(results.rankProbabilities, layout) : []),
  ];
}
