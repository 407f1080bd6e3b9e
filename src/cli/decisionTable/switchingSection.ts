import type { SwitchingValue } from '../../engine/index.js';
import { switchSentence, unchangedSentence } from '../../format/decisionSentences.js';
import { heading, type DecisionLayout } from './decisionLayout.js';

/**
 * "What would change the answer": for every input with one, the nearest value below or
 * above it at which another candidate would become the cheapest, in words; then how many
 * inputs have none within their range.
 *
 * @example
 * switchingSection(results.switchingValues!.inputs, layout)[1]; // 'What would change the answer'
 */
export function switchingSection(inputs: readonly SwitchingValue[], layout: DecisionLayout): string[] {
  const { results, wrap, bullet, nameOf } = layout;
  const lines = heading('What would change the answer');
  if (inputs.length === 0) return [...lines, 'With fewer than two candidates no input can change the answer.'];
  lines.push(...wrap('Each input moved on its own, every other as now, exact at the assumptions\' means:'));
  const unchanged: string[] = [];
  for (const s of inputs) {
    const sentence = switchSentence(s, nameOf, results.currency);
    if (sentence === undefined) unchanged.push(s.label);
    else lines.push(...bullet(sentence));
  }
  if (unchanged.length === 0) return lines;
  const which = layout.wide || unchanged.length <= 5 ? `: ${unchanged.join('; ')}.` : ' (--wide lists them).';
  lines.push(...wrap(unchangedSentence(unchanged.length, inputs.length).replace(/\.$/, which)));
  return lines;
}
