import type { Results } from './results.js';

/**
 * A 64-bit FNV-1a digest (as 16 hex digits) of every number in a result, taken over the
 * exact bits of each double in a fixed order (the ranking, the verdict and the warnings
 * follow from those numbers). Two runs agree to the last bit exactly
 * when their digests agree; a digest kept in a test pins the engine's output.
 * Uses only integer arithmetic, so every JavaScript engine computes the same digest.
 *
 * @example
 * digestResults(runScenario(scenario)); // e.g. '9c1f0e3b5a7d2c44'
 */
export function digestResults(results: Results): string {
  const numbers: number[] = [results.trials];
  for (const v of results.vendors) {
    numbers.push(
      v.annualPrice, v.expectedLoss.mean, v.expectedLoss.standardError,
      v.expectedLoss.sample.mean, v.expectedLoss.sample.standardError, v.probabilityOfBreach, v.expectedBreaches,
      v.quantiles.p5, v.quantiles.p50, v.quantiles.p75, v.quantiles.p90, v.quantiles.p95, v.quantiles.p99,
      v.tailValueAtRisk95, v.riskAdjustedCost, v.probabilityCheapest,
    );
    for (const point of v.exceedance) numbers.push(point.loss, point.probability);
  }
  for (const c of results.comparisons) {
    numbers.push(c.meanDifference, c.standardError, c.probabilityALower, c.probabilityACheaper, c.sample.meanDifference, c.sample.standardError);
  }
  // The contract's figures, when the scenario has terms (a run without them digests as before).
  for (const v of results.contract?.vendors ?? []) {
    for (const y of v.years) numbers.push(y.grossLoss.mean, y.grossLoss.standardError, y.netLoss.mean, y.netLoss.standardError, y.indemnity, y.insurance);
    const t = v.total;
    numbers.push(t.netLoss.mean, t.netLoss.standardError, t.presentValue.mean, t.presentValue.standardError, t.tailValueAtRisk95, v.probabilityCheapest);
    numbers.push(t.quantiles.p5, t.quantiles.p50, t.quantiles.p75, t.quantiles.p90, t.quantiles.p95, t.quantiles.p99);
    for (const point of t.exceedance) numbers.push(point.loss, point.probability);
    for (const point of v.occurrence) numbers.push(point.probability);
  }
  for (const c of results.contract?.comparisons ?? []) numbers.push(c.meanDifference, c.standardError);
  return digestNumbers(Float64Array.from(numbers));
}

/** The digest of numbers: FNV-1a over each double's eight bytes, little-endian. */
export function digestNumbers(values: Float64Array): string {
  const view = new DataView(new ArrayBuffer(values.length * 8));
  values.forEach((v, i) => view.setFloat64(i * 8, v, true));
  return digestBytes(new Uint8Array(view.buffer));
}

/**
 * 64-bit FNV-1a of bytes, as 16 hex digits, computed in 16-bit limbs so that every
 * operation is exact integer arithmetic.
 *
 * @example
 * digestBytes(new TextEncoder().encode('a')); // 'af63dc4c8601ec8c'
 */
export function digestBytes(bytes: Uint8Array): string {
  // 64-bit FNV-1a with the state in four 16-bit limbs.
  let h0 = 0x2325, h1 = 0x8422, h2 = 0x9ce4, h3 = 0xcbf2; // offset basis 0xcbf29ce484222325
  for (let i = 0; i < bytes.length; i++) {
    h0 ^= bytes[i];
    // multiply by the FNV prime 0x100000001b3 = 2^40 + 0x1b3
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3;
    const t2 = h2 * 0x1b3 + (h0 << 8);
    const t3 = h3 * 0x1b3 + (h1 << 8);
    h0 = t0 & 0xffff;
    const c1 = t1 + (t0 >>> 16);
    h1 = c1 & 0xffff;
    const c2 = t2 + (c1 >>> 16);
    h2 = c2 & 0xffff;
    h3 = (t3 + (c2 >>> 16)) & 0xffff;
  }
  const hex = (x: number) => x.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}
