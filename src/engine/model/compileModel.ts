import type { Distribution } from '../distributions/index.js';
import type { Scenario, SourcedNumber } from '../scenario/schema.js';
import { DEFAULT_SWING } from '../scenario/limits.js';
import { numberValue, toDistribution } from '../scenario/parameters.js';
import { compileContract, type CompiledContract } from './compileContract.js';

/** One control effect of the catalogue, with its own random stream. */
export interface CompiledEffect {
  controlId: string;
  /** Position of the effect within its control. */
  index: number;
  /** The key of its random stream: `effect:<controlId>:<index>`, independent of catalogue position. */
  streamRole: string;
  reduction: Distribution;
  /** True when the reduction is a fixed number: nothing is drawn for it. */
  fixed: boolean;
  /** Slots this effect multiplies: vectors first, then components, then amplifiers. */
  slots: number[];
}

/** A control of the catalogue, for the decision analytics. */
export interface CompiledControl {
  id: string;
  label: string;
  /** What a vendor would charge a year to add it, from the catalogue; NaN when not stated. */
  annualCost: number;
  /** Its effects (indices into `Model.effects`), in order. */
  effects: number[];
}

/** A vendor as the simulation sees it: a price and a list of factors on slots. */
export interface CompiledVendor {
  id: string;
  name: string;
  annualPrice: number;
  /** Shown for scale, never ranked or counted as the cheapest. */
  reference: boolean;
  /**
   * The vendor's factors in catalogue order: factor k multiplies slot `factorSlots[k]`
   * by `1 - reduction[factorEffects[k]] x factorCoverages[k]`.
   */
  factorSlots: Int32Array;
  factorEffects: Int32Array;
  factorCoverages: Float64Array;
  /** Per control of the catalogue (in `Model.controls` order): its coverage, 0 when the vendor lacks it. */
  controlCoverage: Float64Array;
  /** Per control: what this vendor would charge a year to add it or bring it to full coverage (its own figure, else the catalogue's); NaN when not stated. */
  controlCost: Float64Array;
}

/** A scenario turned into arrays the simulation loops over. */
export interface Model {
  seed: string;
  trials: number;
  /** `incidence`: lambda = -ln(1 - p) x channelShare; `rate`: lambda = rate x channelShare. */
  frequencyKind: 'incidence' | 'rate';
  frequency: Distribution;
  /** True when `frequency` is a fixed number: lambda is the same every trial. */
  frequencyFixed: boolean;
  channelShare: number;
  vectorNames: string[];
  vectorShares: Float64Array;
  /** Cumulative vector shares, the last forced to 1, for drawing an event's vector. */
  vectorCumulative: Float64Array;
  perBreach: Distribution;
  componentNames: string[];
  /** Component shares; a single share of 1 when the scenario has no components. */
  componentShares: Float64Array;
  amplifierNames: string[];
  /** Each amplifier's label, or its name. */
  amplifierLabels: string[];
  amplifierProbabilities: Float64Array;
  amplifierAmounts: Distribution[];
  amplifierMeans: Float64Array;
  /** Slots: one per vector, one per component, one per amplifier, in that order. */
  slotCount: number;
  effects: CompiledEffect[];
  /** The catalogue's controls, in the order of the file. */
  controls: CompiledControl[];
  vendors: CompiledVendor[];
  /** How far the sensitivity analysis moves each plain-number input either way (`analytics.swing`). */
  swing: number;
  /** The contract's terms, when the scenario states any: a trial is then one contract. */
  contract?: CompiledContract;
}

/**
 * Compiles a validated scenario into the arrays the simulation uses. Vendors keep the
 * scenario's order; effects keep the catalogue's order (controls in the order of the
 * file, effects in their order within a control), and each vendor's factors follow it,
 * so that products over controls are always taken in the same order.
 *
 * @example
 * const model = compileModel(scenario);
 * model.vendors.map((v) => v.id); // ['none', 'a', 'b']
 * model.slotCount; // 7 vectors + 4 components + 2 amplifiers = 13
 */
export function compileModel(scenario: Scenario, overrides: { trials?: number; seed?: string } = {}): Model {
  const { frequency, magnitude } = scenario;
  const vectorNames = Object.keys(frequency.vectors);
  const vectorShares = Float64Array.from(vectorNames, (n) => numberValue(frequency.vectors[n]));
  const vectorCumulative = new Float64Array(vectorShares.length);
  let running = 0;
  vectorShares.forEach((share, i) => (vectorCumulative[i] = running += share));
  vectorCumulative[vectorCumulative.length - 1] = 1;

  const componentNames = magnitude.components ? Object.keys(magnitude.components) : [];
  const componentShares = magnitude.components
    ? Float64Array.from(componentNames, (n) => numberValue(magnitude.components![n]))
    : Float64Array.of(1);

  const amplifierEntries = Object.entries(magnitude.amplifiers ?? {});
  const amplifierAmounts = amplifierEntries.map(([, a]) => toDistribution(a.amount));

  const componentSlot = vectorNames.length;
  const amplifierSlot = componentSlot + componentShares.length;
  const slotOf = {
    vectors: (name: string) => vectorNames.indexOf(name),
    components: (name: string) => componentSlot + componentNames.indexOf(name),
    amplifiers: (name: string) => amplifierSlot + amplifierEntries.findIndex(([n]) => n === name),
  };

  const effects: CompiledEffect[] = [];
  const controls: CompiledControl[] = [];
  const effectsOfControl = new Map<string, number[]>();
  for (const [controlId, control] of Object.entries(scenario.controls)) {
    const indices: number[] = [];
    control.effects.forEach((effect, index) => {
      const kind = effect.vectors ? 'vectors' : effect.components ? 'components' : 'amplifiers';
      const reduction = toDistribution(effect.reduction);
      indices.push(effects.length);
      effects.push({
        controlId,
        index,
        streamRole: `effect:${controlId}:${index}`,
        reduction,
        fixed: reduction.kind === 'constant',
        slots: effect[kind]!.map(slotOf[kind]),
      });
    });
    effectsOfControl.set(controlId, indices);
    controls.push({ id: controlId, label: control.label, annualCost: costOf(control.annualCost), effects: indices });
  }

  const vendors = scenario.vendors.map((vendor): CompiledVendor => {
    const coverage = new Map<string, number>();
    const ownCost = new Map<string, number>();
    for (const entry of vendor.controls) {
      if (typeof entry === 'string') coverage.set(entry, 1);
      else {
        coverage.set(entry.id, entry.coverage);
        if (entry.annualCost !== undefined) ownCost.set(entry.id, numberValue(entry.annualCost));
      }
    }
    const slots: number[] = [];
    const effectIndices: number[] = [];
    const coverages: number[] = [];
    for (const controlId of Object.keys(scenario.controls)) {
      const c = coverage.get(controlId);
      // Coverage 0 lists a control the vendor lacks (to state its cost): no factor, as if unlisted.
      if (c === undefined || c === 0) continue;
      for (const e of effectsOfControl.get(controlId)!) {
        for (const slot of effects[e].slots) {
          slots.push(slot);
          effectIndices.push(e);
          coverages.push(c);
        }
      }
    }
    return {
      id: vendor.id,
      name: vendor.name,
      annualPrice: numberValue(vendor.annualPrice),
      reference: vendor.reference === true,
      factorSlots: Int32Array.from(slots),
      factorEffects: Int32Array.from(effectIndices),
      factorCoverages: Float64Array.from(coverages),
      controlCoverage: Float64Array.from(controls, (c) => coverage.get(c.id) ?? 0),
      controlCost: Float64Array.from(controls, (c) => ownCost.get(c.id) ?? c.annualCost),
    };
  });

  const frequencyKind = frequency.annualIncidence !== undefined ? 'incidence' : 'rate';
  const frequencyDistribution = toDistribution(
    frequencyKind === 'incidence' ? frequency.annualIncidence! : frequency.annualRate!,
  );
  return {
    seed: overrides.seed ?? String(scenario.simulation.seed),
    trials: overrides.trials ?? scenario.simulation.trials,
    frequencyKind,
    frequency: frequencyDistribution,
    frequencyFixed: frequencyDistribution.kind === 'constant',
    channelShare: frequency.channelShare === undefined ? 1 : numberValue(frequency.channelShare),
    vectorNames,
    vectorShares,
    vectorCumulative,
    perBreach: toDistribution(magnitude.perBreach),
    componentNames,
    componentShares,
    amplifierNames: amplifierEntries.map(([n]) => n),
    amplifierLabels: amplifierEntries.map(([n, a]) => a.label ?? n),
    amplifierProbabilities: Float64Array.from(amplifierEntries, ([, a]) => numberValue(a.probability)),
    amplifierAmounts,
    amplifierMeans: Float64Array.from(amplifierAmounts, (d) => d.mean),
    slotCount: amplifierSlot + amplifierEntries.length,
    effects,
    controls,
    vendors,
    swing: scenario.analytics?.swing ?? DEFAULT_SWING,
    contract: compileContract(scenario),
  };
}

/** A stated cost, or NaN. */
function costOf(input: SourcedNumber | undefined): number {
  return input === undefined ? Number.NaN : numberValue(input);
}
