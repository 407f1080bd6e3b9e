import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario, verdictOf } from '../../../src/engine/index.js';
import { defaultModel } from '../../helpers/fixtures.js';
import { constantScenario } from '../../helpers/scenarios.js';

const run = (json: any, trials?: number) => runScenario(parseScenario(JSON.stringify(json)), trials ? { trials } : {});

describe('the verdict', () => {
  it('names the same vendor, clearly, for seeds 1 to 5 at 100,000 trials on the default model', () => {
    // Bluepeak is cheaper than Northwind by about $8k a year (the closed form at the means is $8.34k: see
    // conditionalEstimator.test.ts), about 40 paired standard errors of $0.2k.
    for (const seed of ['1', '2', '3', '4', '5']) {
      const results = runScenario(defaultModel(), { trials: 100_000, seed });
      expect(results.verdict.kind, seed).toBe('clear');
      expect(results.verdict.best, seed).toBe('bluepeak');
      expect(results.verdict.runnerUp, seed).toBe('northwind');
      expect(results.ranking[0]).toBe(results.verdict.best);
      // Never contradicts itself: the one named is the one most often cheapest too (about 55%).
      expect(results.verdict.mostOftenCheapest).toBeUndefined();
      const best = results.vendors.find((v) => v.id === 'bluepeak')!;
      const second = results.vendors.find((v) => v.id === 'northwind')!;
      expect(best.probabilityCheapest).toBeGreaterThan(second.probabilityCheapest);
      expect(results.verdict.lead!.mean).toBe(second.riskAdjustedCost - best.riskAdjustedCost);
    }
  });

  it('without the top two compared pair by pair, bounds their lead\'s error by the sum of their standard errors', () => {
    const results = runScenario(defaultModel(), { trials: 50_000 });
    const withoutPair = results.comparisons.filter((c) => !(c.a === 'northwind' && c.b === 'bluepeak') && !(c.a === 'bluepeak' && c.b === 'northwind'));
    const verdict = verdictOf(results.vendors, withoutPair, results.ranking);
    const se = (id: string) => results.vendors.find((v) => v.id === id)!.expectedLoss.standardError;
    expect(verdict.leadUnpaired).toBe(true);
    expect(verdict.lead!.standardError).toBe(se('bluepeak') + se('northwind'));
    // The bound is never below the paired error it stands for (|corr| <= 1).
    expect(verdict.lead!.standardError).toBeGreaterThanOrEqual(results.verdict.lead!.standardError);
    expect(results.verdict.leadUnpaired).toBeUndefined();
  });

  it('never ranks, names or counts the reference vendor, even when it is the cheapest', () => {
    const json = constantScenario({ trials: 10_000 });
    json.vendors[0].reference = true; // "none": price 0, the cheapest by far
    const results = run(json);
    expect(results.ranking).not.toContain('none');
    expect(results.verdict.best).not.toBe('none');
    expect(results.vendors[0].probabilityCheapest).toBe(0);
    expect(results.vendors[0].reference).toBe(true);
    const total = results.vendors.reduce((t, v) => t + v.probabilityCheapest, 0);
    expect(total).toBe(1);
  });

  it('calls identical price and controls a tie, and a near tie unresolved', () => {
    const json = constantScenario({ trials: 10_000 });
    json.vendors = [
      { id: 'a', name: 'A', annualPrice: 100, controls: ['mfa'] },
      { id: 'b', name: 'B', annualPrice: 100, controls: ['mfa'] },
    ];
    expect(run(json).verdict.kind).toBe('tie');

    // Equal means, noisy differences: A's and B's controls remove the same uniform(0, 1) share of
    // credential breaches, each with its own draw, so the true difference is 0 and only the Monte
    // Carlo error separates them.
    json.controls = {
      x: { label: 'X', question: 'pci', effects: [{ vectors: ['credentials'], reduction: { dist: 'uniform', min: 0, max: 1 } }] },
      y: { label: 'Y', question: 'pci', effects: [{ vectors: ['credentials'], reduction: { dist: 'uniform', min: 0, max: 1 } }] },
    };
    json.vendors = [
      { id: 'a', name: 'A', annualPrice: 100, controls: ['x'] },
      { id: 'b', name: 'B', annualPrice: 100, controls: ['y'] },
    ];
    const near = run(json).verdict;
    expect(near.kind).toBe('unresolved');
    expect(near.lead!.standardError).toBeGreaterThan(0);
    expect(near.lead!.mean).toBeLessThanOrEqual(2 * near.lead!.standardError);
  });

  it('says so when the vendor cheapest on average is not the one cheapest most often', () => {
    // A: $0.1 x L0 dearer, with a control removing r ~ Beta(0.2, 1) of every breach: E[r] = 1/6 > 0.1,
    // so A is cheaper on average; P(r > 0.1) = 1 - 0.1^0.2 = 0.369, so B is cheaper in 63% of draws.
    const json = constantScenario({ trials: 50_000 });
    const loss = 0.4943 * 4_000_000; // lambda x E[L] with no amplifiers or components below
    delete json.magnitude.amplifiers;
    delete json.magnitude.components;
    json.controls = { all: { label: 'All', question: 'pci', effects: [{ vectors: ['credentials', 'phishing', 'physical', 'other'], reduction: { dist: 'beta', alpha: 0.2, beta: 1 } }] } };
    json.vendors = [
      { id: 'a', name: 'A', annualPrice: 0.1 * loss, controls: ['all'] },
      { id: 'b', name: 'B', annualPrice: 0, controls: [] },
    ];
    const results = run(json);
    expect(results.verdict.best).toBe('a');
    expect(results.verdict.mostOftenCheapest).toBe('b');
    const b = results.vendors.find((v) => v.id === 'b')!;
    expect(Math.abs(b.probabilityCheapest - 0.631)).toBeLessThan(4 * Math.sqrt((0.631 * 0.369) / 50_000) + 0.001);
  });

  it('has nothing to compare with one candidate, and no answer with none', () => {
    const json = constantScenario({ trials: 1_000 });
    json.vendors = [json.vendors[0], { ...json.vendors[1], reference: true }];
    expect(run(json).verdict).toEqual({ kind: 'single', best: 'none' });
    json.vendors = [{ ...json.vendors[1] }];
    expect(run(json).verdict).toEqual({ kind: 'none' });
  });
});
