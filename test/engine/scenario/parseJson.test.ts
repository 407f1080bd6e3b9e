import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_NESTING, MAX_SCENARIO_CHARACTERS, parseJson, parseScenario, ScenarioValidationError } from '../../../src/engine/index.js';
import { readJson, repositoryRoot } from '../../helpers/fixtures.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const modelText = readFileSync(join(repositoryRoot, 'models/retail-bpo-2021.json'), 'utf8');

describe('parseJson, against JSON.parse as the oracle (fast-check, seed 5)', () => {
  it('accepts exactly what JSON.parse accepts when no key repeats and the nesting is shallow, with the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.boolean(), (value, pretty) => {
        // JSON.stringify of a value never repeats a key.
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        const parsed = parseJson(text);
        expect(parsed.ok).toBe(true);
        expect(parsed.ok && parsed.value).toEqual(JSON.parse(text));
      }),
      { seed: 5, numRuns: 1_000 },
    );
  });

  it('refuses, never throws, on every text JSON.parse refuses (truncations and random edits of a real model)', () => {
    const edits = fc.oneof(
      fc.nat({ max: modelText.length - 1 }).map((at) => modelText.slice(0, at)),
      fc.tuple(fc.nat({ max: modelText.length - 1 }), fc.string({ minLength: 1, maxLength: 3, unit: 'binary' }))
        .map(([at, s]) => modelText.slice(0, at) + s + modelText.slice(at + 1)),
      fc.string({ maxLength: 40, unit: 'binary' }),
    );
    let refused = 0;
    fc.assert(
      fc.property(edits, (text) => {
        let oracle = true;
        try {
          JSON.parse(text.replace(/^\uFEFF/, ''));
        } catch {
          oracle = false;
        }
        const parsed = parseJson(text);
        // What it accepts, JSON.parse accepts too, as the same value.
        if (parsed.ok) expect(parsed.value).toEqual(JSON.parse(text.replace(/^\uFEFF/, '')));
        if (!oracle) {
          refused++;
          expect(parsed.ok).toBe(false);
          expect(!parsed.ok && parsed.error.message).toMatch(/^not valid JSON at line \d+, column \d+: expected .+, got /);
        }
      }),
      { seed: 5, numRuns: 3_000 },
    );
    expect(refused).toBeGreaterThan(1_000);
  });
});

describe('parseJson on what JSON.parse lets through', () => {
  it('refuses a repeated key, naming it and where, at any depth', () => {
    expect(parseJson('{"name": "a", "name": "b"}')).toEqual({
      ok: false, error: { path: 'name', message: 'the key "name" appears twice in this object (line 1, column 15): give it once' },
    });
    const inVendor = modelText.replace('"name": "Bluepeak BPO",', '"name": "Bluepeak BPO", "name": "Other",');
    expect(inVendor).not.toBe(modelText);
    const parsed = parseJson(inVendor);
    expect(!parsed.ok && parsed.error.path).toMatch(/^vendors\[\d\]\.name$/);
    // The same key written with an escape is the same key.
    expect(parseJson('{"a": 1, "\\u0061": 2}').ok).toBe(false);
    // Equal keys in different objects are fine.
    expect(parseJson('{"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}]}').ok).toBe(true);
  });

  it('accepts a byte-order mark, and names an invisible character where it stops', () => {
    const parsed = parseJson(`\uFEFF${modelText}`);
    expect(parsed.ok && parsed.value).toEqual(readJson('models/retail-bpo-2021.json'));
    const hidden = parseJson('{"a": 1,\u200B "b": 2}');
    expect(!hidden.ok && hidden.error.message).toBe('not valid JSON at line 1, column 9: expected a key in double quotes, got U+200B (an invisible character)');
    const control = parseJson('{"a": "x\u0001"}');
    expect(!control.ok && control.error.message).toMatch(/line 1, column 9: expected a character of text .* got U\+0001/);
  });

  it('counts lines and columns from 1, as an editor does', () => {
    const parsed = parseJson('{\n  "a": 1,\n  "b" 2\n}');
    expect(!parsed.ok && parsed.error).toEqual({ path: 'b', message: 'not valid JSON at line 3, column 7: expected ":" after the key, got "2"' });
    const end = parseJson('{"a": [1, 2');
    expect(!end.ok && end.error.message).toBe('not valid JSON at line 1, column 12: expected "," or "]" after an entry, got the end of the text');
  });

  it(`refuses nesting past ${MAX_NESTING} levels and text past ${MAX_SCENARIO_CHARACTERS.toLocaleString('en-US')} characters, before JSON.parse`, () => {
    const deep = `${'['.repeat(MAX_NESTING + 1)}${']'.repeat(MAX_NESTING + 1)}`;
    expect(parseJson(deep)).toMatchObject({ ok: false, error: { message: `nested more than ${MAX_NESTING} levels deep (at line 1, column ${MAX_NESTING + 1})` } });
    expect(parseJson(`${'['.repeat(MAX_NESTING)}${']'.repeat(MAX_NESTING)}`).ok).toBe(true);
    // A million levels: refused by the scan, which keeps its own stack (no recursion to overflow).
    expect(parseJson('['.repeat(1_000_000)).ok).toBe(false);
    const long = `"${'x'.repeat(MAX_SCENARIO_CHARACTERS)}"`;
    expect(parseJson(long)).toMatchObject({ ok: false, error: { path: '', message: expect.stringMatching(/^the text is 5 million characters long, more than the 5 million/) } });
  });

  it('is what parseScenario reads with', () => {
    expect(() => parseScenario('{"format": "breach-scenario/1", "format": "breach-scenario/1"}')).toThrow(ScenarioValidationError);
    expect(parseScenario(`\uFEFF${modelText}`).name).toBe('Retail e-commerce customer service: BPO shortlist');
  });
});
