import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, parseJson, runScenario, validateScenario, type ScenarioError } from '../../src/engine/index.js';
import { decodeLink, encodeLink, type Json } from '../../src/links/index.js';
import { shippedBases } from '../helpers/bases.js';
import { readJson } from '../helpers/fixtures.js';
import { corruptedFragment, corruptedText } from './mutations.js';

/**
 * Fuzzing: corrupted, truncated, mutated and random scenario files and links, from the
 * shipped models, each of which must come out as a valid scenario that runs to finite
 * results, or as a clear error (a path and a message); never as an exception. Seeds are
 * fixed, so a failure is reproduced by running the file again; fast-check prints the
 * smallest case it found.
 */

const MODELS = ['models/retail-bpo-2021.json', 'models/retail-bpo-contract.json'].map((path) => readJson(path) as Json);
/** Trials an accepted mutation is run with: enough for every statistic to be computed. */
const TRIALS = 100;

const outcomes = { refusedAsJson: 0, refusedAsScenario: 0, ran: 0 };

/** A clear error: a path (possibly the root) and a message in words. */
function expectClear(error: ScenarioError): void {
  expect(typeof error.path).toBe('string');
  expect(error.message).toMatch(/\w/);
  expect(error.message).not.toMatch(/\[object Object\]|undefined|TypeError|RangeError/);
}

/** The paths of the numbers inside `value` that are not finite (none, for results). */
function nonFinite(value: unknown, at = 'results', found: string[] = []): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) found.push(at);
  } else if (Array.isArray(value)) value.forEach((v, i) => nonFinite(v, `${at}[${i}]`, found));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) nonFinite(v, `${at}.${k}`, found);
  return found;
}

/** A text through the whole path a file takes: read, validated, run. */
function throughTheEngine(text: string): void {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    outcomes.refusedAsJson++;
    expectClear(parsed.error);
    return;
  }
  const result = validateScenario(parsed.value);
  if (!result.ok) {
    outcomes.refusedAsScenario++;
    expect(result.errors.length).toBeGreaterThan(0);
    result.errors.forEach(expectClear);
    return;
  }
  outcomes.ran++;
  const results = runScenario(result.scenario, { trials: TRIALS });
  expect(results.vendors).toHaveLength(result.scenario.vendors.length);
  expect(nonFinite(results)).toEqual([]);
}

describe('fuzzing scenario files (fast-check, fixed seeds)', () => {
  MODELS.forEach((model, m) => {
    it(`${m === 0 ? 'the default model' : 'the contract model'}: 3,000 corrupted files each end in a clear error or a finite run`, () => {
      fc.assert(fc.property(corruptedText(model), throughTheEngine), { seed: 1200 + m, numRuns: 3_000, endOnFailure: true });
    }, 180_000);
  });

  it('2,000 random JSON values as scenarios each end in a clear error', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => throughTheEngine(JSON.stringify(value))),
      { seed: 1210, numRuns: 2_000, endOnFailure: true },
    );
  });

  it('met every outcome: refused as JSON, refused as a scenario, and run', () => {
    // The fuzzing above reached each of the three ends (so it tested each).
    expect(outcomes.refusedAsJson).toBeGreaterThan(500);
    expect(outcomes.refusedAsScenario).toBeGreaterThan(1_500);
    expect(outcomes.ran).toBeGreaterThan(300);
  });
});

describe('fuzzing scenario links (fast-check, fixed seeds)', () => {
  const bases = shippedBases();
  const facts = { engine: ENGINE_VERSION, made: '2026-12-03T12:00:00.000Z' };

  it('2,500 corrupted links each open as a scenario (then validated) or give a reason, never an exception', async () => {
    const fragments = await Promise.all(MODELS.map(async (model) => {
      const edited = structuredClone(model) as { vendors: { annualPrice: unknown }[] };
      edited.vendors[1].annualPrice = 123_456;
      return [await encodeLink(model, facts, bases), await encodeLink(edited as unknown as Json, facts, bases)];
    }));
    let opened = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fragments.flat()).chain(corruptedFragment), async (fragment) => {
        const decoded = await decodeLink(fragment, bases);
        if (!decoded.ok) {
          refused++;
          expect(decoded.problem).toMatch(/\w/);
          return;
        }
        opened++;
        const result = validateScenario(decoded.scenario);
        if (!result.ok) result.errors.forEach(expectClear);
      }),
      { seed: 1220, numRuns: 2_500, endOnFailure: true },
    );
    expect(refused).toBeGreaterThan(1_000);
    expect(opened).toBeGreaterThan(0);
  });
});
