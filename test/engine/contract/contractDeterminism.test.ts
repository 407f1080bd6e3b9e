import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeBlock, digestResults, planRun, RunFold, runScenario, DECISION_ANALYSES, DEFAULT_ANALYSES } from '../../../src/engine/index.js';
import { BlockRunner, inProcessTransport, serveRuns } from '../../../src/runner/index.js';
import { readJson } from '../../helpers/fixtures.js';
import { scenarioOf } from './contractHelpers.js';

/**
 * A contract's figures are folded left in block order like every other analysis's, so any
 * number of workers and any arrival order of the blocks give the same bits. The example
 * contract (3 years, indemnities with both caps, insurance per event with an aggregate
 * limit), 4 blocks (the last one short).
 */

const TRIALS = 35_000;
const scenario = scenarioOf(readJson('models/retail-bpo-contract.json'));

describe('a contract run is deterministic', () => {
  const expected = runScenario(scenario, { trials: TRIALS });

  it('has a contract whose digest covers it: another seed changes it', () => {
    expect(expected.contract!.years).toBe(3);
    expect(digestResults(runScenario(scenario, { trials: TRIALS, seed: 'other' }))).not.toBe(digestResults(expected));
  });

  it('gives the same bits as runScenario for 1, 2 and 4 in-process workers, through structuredClone', async () => {
    for (const size of [1, 2, 4]) {
      const runner = new BlockRunner(() => inProcessTransport(serveRuns), size);
      const results = await runner.run({ scenario, trials: TRIALS });
      runner.dispose();
      expect(results!.contract).toEqual(expected.contract);
      expect(digestResults(results!)).toBe(digestResults(expected));
    }
  });

  it('blocks folded in any order give the same bits, with the decision analytics too (property)', () => {
    const plan = planRun({ scenario, trials: TRIALS, analyses: [...DEFAULT_ANALYSES, ...DECISION_ANALYSES] });
    const blocks = Array.from({ length: plan.blocksTotal }, (_, b) => analyzeBlock(plan, b));
    expect(blocks.length).toBe(4);
    const inOrder = new RunFold(plan);
    for (const b of blocks) inOrder.add(structuredClone(b));
    const digest = digestResults(inOrder.results());
    // The digest reads the figures every run has (and the contract's): the decision analytics leave it as runScenario's.
    expect(digest).toBe(digestResults(expected));
    fc.assert(
      fc.property(fc.shuffledSubarray([...blocks.keys()], { minLength: blocks.length, maxLength: blocks.length }), (order) => {
        const fold = new RunFold(plan);
        for (const b of order) fold.add(structuredClone(blocks[b]));
        const results = fold.results();
        expect(digestResults(results)).toBe(digest);
        expect(results.contract).toEqual(inOrder.results().contract);
      }),
      { numRuns: 12, seed: 11 },
    );
  });

  it('the same seed twice gives the same results, and a block simulated again gives the same partial', () => {
    expect(runScenario(scenario, { trials: TRIALS })).toEqual(expected);
    const plan = planRun({ scenario, trials: TRIALS });
    const first = structuredClone(analyzeBlock(plan, 2));
    analyzeBlock(plan, 0); // the model's buffers reused by another block in between
    expect(analyzeBlock(plan, 2)).toEqual(first);
  });
});
