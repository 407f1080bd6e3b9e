import { describe, expect, it } from 'vitest';
import {
  MAX_CONTROLS, MAX_EFFECTS, MAX_FACTORS, MAX_LISTED_ERRORS, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, MAX_VENDORS, problemLines, scenarioJsonSchema,
  validateScenario,
} from '../../../src/engine/index.js';
import { readJson } from '../../helpers/fixtures.js';

/** The default model, edited. */
function model(edit: (json: any) => void) {
  const json = readJson('models/retail-bpo-2021.json');
  json.simulation.trials = 100;
  edit(json);
  return validateScenario(json);
}
const errorsOf = (result: ReturnType<typeof validateScenario>) => (result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`));

describe('the caps of a scenario, each refused with its path before any work', () => {
  it(`vendors: ${MAX_VENDORS} run, ${MAX_VENDORS + 1} are refused`, () => {
    const withVendors = (n: number) => model((json) => {
      const v = json.vendors[1];
      json.vendors = [json.vendors[0], ...Array.from({ length: n - 1 }, (_, i) => ({ ...v, id: `v${i}`, name: `Vendor ${i}` }))];
    });
    expect(withVendors(MAX_VENDORS).ok).toBe(true);
    expect(errorsOf(withVendors(MAX_VENDORS + 1))).toEqual([`vendors: must have at most ${MAX_VENDORS} entries; got ${MAX_VENDORS + 1}`]);
  });

  it(`controls: at most ${MAX_CONTROLS} in the catalogue, ${MAX_EFFECTS} effects each, ${MAX_FACTORS} vectors`, () => {
    const controls = model((json) => {
      const mfa = json.controls.mfa;
      for (let i = 0; i <= MAX_CONTROLS; i++) json.controls[`c${i}`] = mfa;
    });
    expect(errorsOf(controls)).toContain(`controls: may have at most ${MAX_CONTROLS} controls`);
    const effects = model((json) => {
      json.controls.mfa.effects = Array.from({ length: MAX_EFFECTS + 1 }, () => json.controls.mfa.effects[0]);
    });
    expect(errorsOf(effects)).toEqual([`controls.mfa.effects: must have at most ${MAX_EFFECTS} entries; got ${MAX_EFFECTS + 1}`]);
    const vectors = model((json) => {
      json.frequency.vectors = Object.fromEntries(Array.from({ length: MAX_FACTORS + 1 }, (_, i) => [`v${i}`, 1 / (MAX_FACTORS + 1)]));
    });
    expect(errorsOf(vectors)).toContain(`frequency.vectors: may have at most ${MAX_FACTORS} entries`);
  });

  it(`text: names up to ${MAX_NAME_LENGTH} characters, sources up to ${MAX_TEXT_LENGTH.toLocaleString('en-US')}, map keys as names`, () => {
    expect(errorsOf(model((json) => (json.vendors[1].name = 'n'.repeat(MAX_NAME_LENGTH + 1)))))
      .toEqual([`vendors[1].name: must be at most ${MAX_NAME_LENGTH} characters long; got ${MAX_NAME_LENGTH + 1}`]);
    expect(model((json) => (json.vendors[1].name = 'n'.repeat(MAX_NAME_LENGTH))).ok).toBe(true);
    expect(errorsOf(model((json) => (json.frequency.source = 's'.repeat(MAX_TEXT_LENGTH + 1)))))
      .toEqual([`frequency.source: must be at most ${MAX_TEXT_LENGTH} characters long; got ${MAX_TEXT_LENGTH + 1}`]);
    const longKey = 'k'.repeat(MAX_NAME_LENGTH + 1);
    expect(errorsOf(model((json) => (json.controls[longKey] = json.controls.mfa)))[0])
      .toBe(`controls.${longKey}: must be at most ${MAX_NAME_LENGTH} characters long; got ${MAX_NAME_LENGTH + 1}`);
  });

  it(`lists at most ${MAX_LISTED_ERRORS} problems and counts the rest`, () => {
    const result = model((json) => {
      for (let i = 0; i < 250; i++) json[`unknown${i}`] = i;
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(MAX_LISTED_ERRORS);
    expect(result.omitted).toBe(250 - MAX_LISTED_ERRORS);
    const lines = problemLines(result);
    expect(lines[0]).toBe('unknown0: unknown field');
    expect(lines[lines.length - 1]).toBe(`and ${250 - MAX_LISTED_ERRORS} more problems`);
    // At the cap exactly, nothing is omitted.
    const exact = model((json) => {
      for (let i = 0; i < MAX_LISTED_ERRORS; i++) json[`unknown${i}`] = i;
    });
    expect(!exact.ok && exact.omitted).toBeUndefined();
  });

  it('says so in the JSON Schema: maxItems, maxLength and maxProperties', () => {
    const schema = JSON.stringify(scenarioJsonSchema());
    for (const cap of [`"maxItems":${MAX_VENDORS}`, `"maxLength":${MAX_NAME_LENGTH}`, `"maxLength":${MAX_TEXT_LENGTH}`, `"maxProperties":${MAX_CONTROLS}`, `"maxItems":${MAX_EFFECTS}`]) {
      expect(schema).toContain(cap);
    }
  });
});
