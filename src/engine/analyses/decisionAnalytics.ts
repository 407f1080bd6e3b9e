import { controlValuesOf } from '../exact/controlValues.js';
import { negotiationOf } from '../exact/negotiation.js';
import { switchingValuesOf } from '../exact/switchingValues.js';
import { perModel } from '../exact/perModel.js';
import { exactAnalysis } from './exactAnalysis.js';

const valuesOf = perModel(controlValuesOf);
const dealOf = perModel((model) => negotiationOf(model, valuesOf(model)));
const switchesOf = perModel((model) => ({ inputs: switchingValuesOf(model) }));

/**
 * The decision analytics computed in closed form from the model (see `src/engine/exact/`):
 * what each control is worth, what to negotiate, and the values of each input at which
 * the answer would change. Their partials only count trials, and each is computed once
 * per model however many updates a run paints.
 *
 * @example
 * controlValues.finish({ trials: 10_000 }, context).vendors[1].waterfall.steps; // one bar per control
 */
export const controlValues = exactAnalysis('controlValues', ({ model }) => valuesOf(model));
export const negotiation = exactAnalysis('negotiation', ({ model }) => dealOf(model));
export const switchingValues = exactAnalysis('switchingValues', ({ model }) => switchesOf(model));
