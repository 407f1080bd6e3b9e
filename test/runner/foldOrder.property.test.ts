import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeBlock, digestResults, parseScenario, planRun, RunFold, ANALYSES, DECISION_ANALYSES, DEFAULT_ANALYSES } from '../../src/engine/index.js';
import { issueExample } from '../helpers/fixtures.js';

describe('folding partials', () => {
  const scenario = parseScenario(JSON.stringify(issueExample()));
  const plan = planRun({ scenario, trials: 75_000, analyses: [...DEFAULT_ANALYSES, ...DECISION_ANALYSES] });
  const blocks = Array.from({ length: plan.blocksTotal }, (_, b) => analyzeBlock(plan, b));
  const inOrder = new RunFold(plan);
  for (const b of blocks) inOrder.add(structuredClone(b));
  const expected = digestResults(inOrder.results());

  it('blocks arriving in any order give the same bits (property)', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...blocks.keys()], { minLength: blocks.length, maxLength: blocks.length }), (order) => {
        const fold = new RunFold(plan);
        for (const b of order) fold.add(structuredClone(blocks[b]));
        expect(fold.blocksFolded).toBe(blocks.length);
        expect(digestResults(fold.results())).toBe(expected);
        const results = fold.results();
        const expectedResults = inOrder.results();
        for (const name of ['convergence', ...DECISION_ANALYSES] as const) expect(results[name]).toEqual(expectedResults[name]);
      }),
      { numRuns: 30 },
    );
  });

  it('a block arriving twice, or past the run, changes nothing', () => {
    const fold = new RunFold(plan);
    for (const b of blocks) {
      fold.add(structuredClone(b));
      fold.add(structuredClone(b));
    }
    fold.add({ ...structuredClone(blocks[0]), block: blocks.length + 3 });
    expect(digestResults(fold.results())).toBe(expected);
  });

  it('names every analysis by its registry key', () => {
    for (const [key, analysis] of Object.entries(ANALYSES)) expect(analysis.name).toBe(key);
  });
});
