import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/engine/index.js';
import { percentLines } from '../../../src/ui/analyst/percentLines.js';
import { readJson } from '../../helpers/fixtures.js';

describe('the errors of a field shown in percent', () => {
  it('state the bound and the value in percent, by hand: 1 is 100%, 1.5 is 150%, -0.5 is -50%', () => {
    expect(percentLines(['must be <= 1; got 1.5'])).toEqual(['must be at most 100%; got 150%']);
    expect(percentLines(['must be >= 0; got -0.02'])).toEqual(['must be at least 0%; got -2%']);
    expect(percentLines(['must be > -0.5; got -0.6'])).toEqual(['must be more than -50%; got -60%']);
    expect(percentLines(['must be < 1'])).toEqual(['must be less than 100%']);
  });

  it('keep every other message as it is', () => {
    const other = ['expected a number, got "abc"', 'must be a multiple of 1; got 0.5', 'share: must be <= 1; got 2'];
    expect(percentLines(other)).toEqual(other);
  });

  it("read the engine's own message for an indemnity share of 1.5", () => {
    const model = readJson('models/retail-bpo-contract.json');
    model.vendors[1].indemnity = { share: 1.5 };
    const result = validateScenario(model);
    expect(result.ok).toBe(false);
    const error = !result.ok && result.errors.find((e) => e.path === 'vendors[1].indemnity.share');
    expect(error && percentLines([error.message])).toEqual(['must be at most 100%; got 150%']);
  });
});
