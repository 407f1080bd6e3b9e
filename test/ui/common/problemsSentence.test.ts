import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/engine/index.js';
import { problemsSentence } from '../../../src/ui/common/problemsSentence.js';
import { readJson } from '../../helpers/fixtures.js';

describe('why nothing can run yet', () => {
  it("names the first problem's field and message, and counts the rest", () => {
    const model = readJson('models/retail-bpo-2021.json');
    model.vendors[2].annualPrice = -5;
    model.frequency.annualIncidence = 1.5;
    const result = validateScenario(model);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toHaveLength(2);
    const sentence = problemsSentence(errors);
    expect(sentence).toBe(`this scenario has 2 problems to fix before it can run: ${errors[0].path}: ${errors[0].message}, and 1 more (see Assumptions)`);
    expect(sentence).toMatch(/(vendors\[2\]\.annualPrice|frequency\.annualIncidence)/);
  });

  it('with one problem says "1 problem" and no "more"; at the root, the message alone', () => {
    expect(problemsSentence([{ path: '', message: 'not valid JSON: Unexpected end' }]))
      .toBe('this scenario has 1 problem to fix before it can run: not valid JSON: Unexpected end (see Assumptions)');
  });
});
