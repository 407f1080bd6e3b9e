import type { Distribution } from '../distributions/index.js';
import type { Model } from '../model/compileModel.js';
import { expm1 } from '../math/expm1.js';
import { MAX_AMOUNT } from '../scenario/limits.js';
import { keyWords } from '../scenario/keyWords.js';
import { lowerFirst } from '../scenario/lowerFirst.js';
import { FREQUENCY_ROLE } from '../simulate/parameterDraws.js';
import { lambdaOf } from '../simulate/simulateBlock.js';
import { meanInputs, type FormulaInputs } from './expectedLossFormula.js';
import { replaced } from './replaced.js';

/**
 * One input of the model, as the decision analytics move it. An *uncertain* input is
 * drawn for every trial (an effect's reduction or the frequency, given as a
 * distribution); a *plain* one is a number the scenario states (a fixed reduction or
 * frequency, the mean loss of a breach, an amplifier's probability or mean amount, the
 * channel share). Vector and component shares are not inputs here.
 */
/** What an input's values are, to say them: a fraction (as a percentage), money, or breaches a year. */
export type InputUnit = 'fraction' | 'money' | 'rate';

export interface ModelInput {
  /** `frequency`, `effect:<controlId>:<n>`, `perBreach`, `amplifier:<name>:probability|amount`, `channelShare`. */
  id: string;
  label: string;
  kind: 'uncertain' | 'plain';
  /** What its values are: a `fraction` in [0, 1], `money` a year or a breach, or a `rate` of breaches a year. */
  unit: InputUnit;
  /**
   * What it is now: a plain number, or an uncertain input's mean; for an uncertain
   * incidence, the incidence whose breach rate is the expected one, 1 - exp(-E[lambda] /
   * channel share) (above the mean incidence: -ln(1 - p) is convex), so that `at(value)`
   * is the formula at the inputs' means.
   */
  value: number;
  /** The values it can take: [min, max], or [min, max) when `openAtMax` (an incidence of 1 has no finite breach rate). */
  min: number;
  max: number;
  openAtMax?: boolean;
  /** An uncertain input's distribution and the stream role its draws come from. */
  distribution?: Distribution;
  role?: string;
  /** The formula's inputs with this one at `x` (an incidence or rate for the frequency) and every other at its mean. */
  at(x: number): FormulaInputs;
}

/**
 * The model's inputs in a fixed order: the frequency, every effect in catalogue order,
 * the loss per breach, each amplifier's probability and amount, the channel share.
 *
 * @example
 * modelInputs(model).map((i) => i.id); // ['frequency', 'effect:pci:0', ..., 'perBreach', 'amplifier:regulatory:probability', ...]
 */
export function modelInputs(model: Model): ModelInput[] {
  const means = meanInputs(model);
  const inputs: ModelInput[] = [];
  const incidence = model.frequencyKind === 'incidence';
  inputs.push({
    id: 'frequency',
    label: incidence ? 'Annual incidence (no controls)' : 'Breaches a year (no controls)',
    kind: model.frequencyFixed ? 'plain' : 'uncertain',
    unit: incidence ? 'fraction' : 'rate',
    value: incidence && !model.frequencyFixed ? -expm1(-means.lambda / model.channelShare) : model.frequency.mean,
    min: 0,
    max: incidence ? 1 : MAX_AMOUNT,
    ...(incidence ? { openAtMax: true } : {}),
    ...(model.frequencyFixed ? {} : { distribution: model.frequency, role: FREQUENCY_ROLE }),
    at: (x) => ({ ...means, lambda: lambdaOf(model, x) }),
  });
  model.effects.forEach((effect, e) => {
    const control = model.controls.find((c) => c.id === effect.controlId)!;
    const short = lowerFirst(shortLabel(control.label));
    const label = control.effects.length === 1 ? `Effect of ${short}` : `Effect of ${short} on ${targetsOf(model, effect.slots)}`;
    inputs.push({
      id: effect.streamRole,
      label,
      kind: effect.fixed ? 'plain' : 'uncertain',
      unit: 'fraction',
      value: effect.reduction.mean,
      min: 0,
      max: 1,
      ...(effect.fixed ? {} : { distribution: effect.reduction, role: effect.streamRole }),
      at: (x) => {
        return { ...means, reductions: replaced(means.reductions, e, x) };
      },
    });
  });
  inputs.push({
    id: 'perBreach',
    label: 'Mean loss per breach',
    kind: 'plain',
    unit: 'money',
    value: means.perBreach,
    min: 0,
    max: MAX_AMOUNT,
    at: (x) => ({ ...means, perBreach: x }),
  });
  model.amplifierNames.forEach((name, a) => {
    const label = model.amplifierLabels[a];
    inputs.push({
      id: `amplifier:${name}:probability`,
      label: `Chance of “${label}” in a breach`,
      kind: 'plain',
      unit: 'fraction',
      value: means.amplifierProbabilities[a],
      min: 0,
      max: 1,
      at: (x) => ({ ...means, amplifierProbabilities: replaced(means.amplifierProbabilities, a, x) }),
    });
    inputs.push({
      id: `amplifier:${name}:amount`,
      label: `Mean amount of “${label}”`,
      kind: 'plain',
      unit: 'money',
      value: means.amplifierMeans[a],
      min: 0,
      max: MAX_AMOUNT,
      at: (x) => ({ ...means, amplifierMeans: replaced(means.amplifierMeans, a, x) }),
    });
  });
  inputs.push({
    id: 'channelShare',
    label: 'Share of exposure through the contact centre',
    kind: 'plain',
    unit: 'fraction',
    value: model.channelShare,
    min: 0,
    max: 1,
    at: (x) => ({ ...means, lambda: (means.lambda * x) / model.channelShare }),
  });
  return inputs;
}

/**
 * A control's label up to its first colon or comma: its name without the explanation.
 *
 * @example
 * shortLabel('Virtual desktops (VDI): no customer data on agent endpoints'); // 'Virtual desktops (VDI)'
 */
export function shortLabel(label: string): string {
  const cut = label.search(/[:,]/);
  return cut > 0 ? label.slice(0, cut) : label;
}

/** What an effect's slots stand for, in words and joined: "physical, insider"; an amplifier by its label. */
function targetsOf(model: Model, slots: readonly number[]): string {
  const components = model.componentNames.length > 0 ? model.componentNames : ['loss'];
  const names = [...model.vectorNames.map(keyWords), ...components.map(keyWords), ...model.amplifierLabels.map((l) => `“${l}”`)];
  return slots.map((s) => names[s]).join(', ');
}
