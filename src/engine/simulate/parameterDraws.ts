import { fillUniforms, streamKey } from '../random.js';
import { BLOCK_TRIALS } from '../version.js';
import type { Model } from '../model/compileModel.js';
import type { Distribution } from '../distributions/index.js';

/** The parameter draws of one block: one named column per drawn parameter, a value per trial. */
export interface ParameterDraws {
  /** Column names: `frequency` (the incidence or rate drawn, when uncertain), then `effect:<controlId>:<n>`. */
  names: string[];
  /** The columns, in the order of `names`, each `trials` long. */
  columns: Float64Array[];
}

/**
 * The uncertain parameters `simulateBlock` draws for block `block`, one column each, from
 * the same streams in the same way: the frequency (the incidence or rate itself, before it is
 * turned into breaches a year) when it is a distribution, then the reduction of every effect
 * that is not fixed and that some vendor uses, in the catalogue's order. Each column is
 * `fillUniforms(streamKey(seed, block, role))` read through the distribution's quantiles, so
 * trial `t` of the block gets exactly the draw that `simulateBlock` used for it.
 * Cost: one uniform and one quantile per trial per column.
 *
 * @example
 * const draws = parameterDraws(compileModel(scenario), 0);
 * draws.names; // ['frequency', 'effect:mfa:0', ...] when the frequency is uncertain
 */
export function parameterDraws(model: Model, block: number): ParameterDraws {
  const trials = Math.max(0, Math.min(BLOCK_TRIALS, model.trials - block * BLOCK_TRIALS));
  const names: string[] = [];
  const columns: Float64Array[] = [];
  const draw = (role: string, distribution: Distribution) => {
    const column = new Float64Array(trials);
    fillParameter(model, block, role, distribution, column, trials);
    names.push(role);
    columns.push(column);
  };
  if (!model.frequencyFixed) draw(FREQUENCY_ROLE, model.frequency);
  for (const e of drawnEffects(model)) draw(model.effects[e].streamRole, model.effects[e].reduction);
  return { names, columns };
}

/** The stream role of the frequency's draws. */
export const FREQUENCY_ROLE = 'frequency';

/**
 * The effects whose reductions a run draws: those not fixed that some vendor uses, in the
 * catalogue's order (the same for `simulateBlock` and `parameterDraws`).
 *
 * @example
 * drawnEffects(model); // [0, 1, 3, ...]
 */
export function drawnEffects(model: Model): number[] {
  const used = new Uint8Array(model.effects.length);
  for (const vendor of model.vendors) for (const e of vendor.factorEffects) used[e] = 1;
  return model.effects.flatMap((effect, e) => (!effect.fixed && used[e] ? [e] : []));
}

/**
 * Fills the first `count` of `column` with block `block`'s draws of a parameter: the
 * uniforms of its stream `role`, read through the distribution's quantiles.
 */
export function fillParameter(model: Model, block: number, role: string, distribution: Distribution, column: Float64Array, count: number): void {
  fillUniforms(streamKey(model.seed, block, role), column, count);
  distribution.quantiles(column, count);
}
