/** What a Distribution is: the factory that built it (a lognormal of any parameterisation is `lognormal`). */
export type DistributionFamily = 'constant' | 'uniform' | 'triangular' | 'pert' | 'lognormal' | 'beta' | 'poisson';

/**
 * A probability distribution on the real line, sampled by inversion:
 * a draw is `quantile(source())` for a uniform source in (0, 1).
 */
export interface Distribution {
  /** Its family; the registry's kinds (`DISTRIBUTION_KINDS`) say which builds which. */
  readonly kind: DistributionFamily;
  /** The exact mean, in closed form. */
  readonly mean: number;
  /** Lower end of the support (may be -Infinity). */
  readonly min: number;
  /** Upper end of the support (may be Infinity). */
  readonly max: number;
  /** Inverse CDF at u in (0, 1); a draw is quantile(source()). Exactly one uniform per draw, always. */
  quantile(u: number): number;
  /**
   * Replaces the first `count` uniforms of `column` by their quantiles, in place: the same
   * numbers as `quantile`, in one tight loop (the engine draws a column of trials at a time).
   */
  quantiles(column: Float64Array, count: number): void;
}

/**
 * Checks a parameter: a finite number. Cost: a type test and a comparison.
 * Throws a RangeError `${kind}: ${name} must be a finite number; got ${value}` otherwise.
 *
 * @example
 * requireFinite('uniform', 'min', 0); // returns; requireFinite('uniform', 'min', NaN) throws
 */
export function requireFinite(kind: string, name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`${kind}: ${name} must be a finite number; ${gotValue(value)}`);
  }
}

/**
 * How a parameter's value reads in an error: "got 5", or "it is missing" when the form
 * chosen needs it and it is not there (a lognormal's range given only its high end).
 *
 * @example
 * gotValue(undefined); // 'it is missing'
 * gotValue(NaN); // 'got NaN'
 */
export function gotValue(value: unknown): string {
  return value === undefined ? 'it is missing' : `got ${String(value)}`;
}
