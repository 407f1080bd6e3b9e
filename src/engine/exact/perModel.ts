import type { Model } from '../model/compileModel.js';

/**
 * `compute` computed once per model: a run finishes its analyses at every painted update,
 * and the closed-form ones are the same each time. The result is shared: read it, do not
 * change it.
 *
 * @example
 * const values = perModel(controlValuesOf);
 * values(model) === values(model); // true
 */
export function perModel<T>(compute: (model: Model) => T): (model: Model) => T {
  const memo = new WeakMap<Model, T>();
  return (model) => {
    if (memo.has(model)) return memo.get(model)!;
    const value = compute(model);
    memo.set(model, value);
    return value;
  };
}
