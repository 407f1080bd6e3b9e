import type { Results, ValueOfInformation } from '../../engine/index.js';
import { evpiSentence, informationSentence, NO_CHOICE_SENTENCE, plainInputsSentence } from '../../format/decisionSentences.js';
import { heading, type DecisionLayout } from './decisionLayout.js';

/**
 * "Which assumption is worth finding out": the expected value of perfect information
 * (EVPI) and its standard error; each uncertain input's EVPPI beside the most its
 * estimator's noise can add; the input most worth researching in words; and the note that
 * plain-number inputs are treated as known.
 *
 * @example
 * informationSection(results.valueOfInformation!, layout)[1]; // 'Which assumption is worth finding out'
 */
export function informationSection(voi: ValueOfInformation, layout: DecisionLayout): string[] {
  const { results, money, wrap, nameOf } = layout;
  const currency = results.currency;
  const lines = heading('Which assumption is worth finding out');
  if (results.ranking.length < 2) return [...lines, ...wrap(NO_CHOICE_SENTENCE)];
  lines.push(...wrap(evpiSentence(voi, nameOf, currency)));
  if (voi.inputs.length > 0) {
    const rows = voi.inputs.map((i) => [i.label, money(i.evppi), money(i.bias), i.withinNoise ? 'within noise' : '']);
    lines.push(...layout.columns([['Input', 'EVPPI', 'Noise up to', ''], ...rows]));
    lines.push(...wrap(`EVPPI: what knowing the input exactly before choosing would be worth a year in expectation (binned on ${voi.bins} equal-probability bins). `
      + 'Noise up to: the most the sampling noise of that estimate can add to it.'));
    lines.push('');
    lines.push(...wrap(informationSentence(voi, currency)));
  } else lines.push(...wrap('No assumption is uncertain: every input is a plain number.'));
  const plain = plainInputsSentence(voi.plainInputs.map((id) => inputLabel(results, id)));
  if (plain) lines.push(...wrap(plain));
  return lines;
}

/** An input's label from whichever analytic of the run names it; its id when none does. */
function inputLabel(results: Results, id: string): string {
  const named = results.switchingValues?.inputs.find((s) => s.input === id)
    ?? results.sensitivity?.decision?.bars.find((b) => b.input === id)
    ?? results.sensitivity?.vendors[0]?.bars.find((b) => b.input === id);
  return named?.label ?? id;
}
