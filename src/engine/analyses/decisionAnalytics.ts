import { controlValuesOf } from '../exact/controlValues.js';
import { negotiationOf } from '../exact/negotiation.js';
import { switchingValuesOf } from '../exact/switchingValues.js';
import { exactAnalysis } from './exactAnalysis.js';

/**
 * The decision analytics computed in closed form from the model (see `src/engine/exact/`):
 * what each control is worth, what to negotiate, and the values of each input at which
 * the answer would change. Their partials only count trials.
 *
 * @example
 * controlValues.finish({ trials: 10_000 }, context).vendors[1].waterfall.steps; // one bar per control
 */
export const controlValues = exactAnalysis('controlValues', ({ model }) => controlValuesOf(model));
export const negotiation = exactAnalysis('negotiation', ({ model }) => negotiationOf(model));
export const switchingValues = exactAnalysis('switchingValues', ({ model }) => ({ inputs: switchingValuesOf(model) }));
