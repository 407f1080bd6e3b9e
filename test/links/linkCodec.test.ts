import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { digestResults, ENGINE_VERSION, parseScenario, runScenario, validateScenario } from '../../src/engine/index.js';
import { BASE_MODELS, baseHash, decodeLink, encodeLink, LINK_LIMITS, type Json } from '../../src/links/index.js';
import { deflateRaw } from '../../src/links/deflate.js';
import { toBase64Url } from '../../src/links/base64url.js';
import { readJson, repositoryRoot } from '../helpers/fixtures.js';
import { shippedBases } from '../helpers/bases.js';

const bases = shippedBases();
const facts = { engine: ENGINE_VERSION, made: '2026-12-02T16:00:00.000Z' };
const roundTrip = async (json: Json) => decodeLink(`https://example.org/#${await encodeLink(json, facts, bases)}`, bases);

/** A link written by hand, to break it in chosen ways: checksum, payload and all. */
async function handMade(envelope: unknown, version = 1) {
  const text = JSON.stringify(envelope);
  const bytes = new TextEncoder().encode(text);
  const { digestBytes } = await import('../../src/engine/index.js');
  return `b${version}.${digestBytes(bytes).slice(0, 8)}.${toBase64Url(await deflateRaw(bytes))}`;
}

describe('scenario links', () => {
  it('every base model stays as it was released: its hash pinned', () => {
    // A base never changes: a recalibrated default model is a new base beside the old one.
    expect(BASE_MODELS.map((b) => b.hash)).toEqual(['043fabf0fa4d7d7c']);
    for (const b of BASE_MODELS) expect(baseHash(readJson(b.file)), `${b.file} changed: keep the released version as a base of its own`).toBe(b.hash);
  });

  it('round-trips the default model, edited drafts (errors included) and generated scenarios exactly', async () => {
    const model = readJson('models/retail-bpo-2021.json');
    for (const json of [model, { ...model, vendors: [...model.vendors, { id: 'x', name: 'X', annualPrice: '7e6x', controls: [] }] }]) {
      const decoded = await roundTrip(json);
      expect(decoded.ok).toBe(true);
      if (decoded.ok) expect(JSON.stringify(decoded.scenario)).toBe(JSON.stringify(json));
    }
    await fc.assert(fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (json) => {
      const decoded = await roundTrip(json as Json);
      expect(decoded.ok && JSON.stringify(decoded.scenario)).toBe(JSON.stringify(json));
    }), { numRuns: 150, seed: 3 });
  });

  it('carries what it says of itself: engine, time, digest, base', async () => {
    const decoded = await decodeLink(await encodeLink(readJson('models/retail-bpo-2021.json'), { ...facts, digest: '0123456789abcdef' }, bases), bases);
    expect(decoded.ok && decoded.facts).toEqual({ ...facts, digest: '0123456789abcdef', base: '043fabf0fa4d7d7c' });
  });

  it('fits chat and proxies: the default model with edits within 2,000 characters, a whole scenario of its size within 4,000', async () => {
    const edited = readJson('models/retail-bpo-2021.json');
    edited.frequency.annualIncidence.value = 0.45;
    edited.vendors[1].annualPrice.value = 7_200_000;
    edited.controls.mfa.effects[0].reduction.mode = 0.7;
    edited.vendors.push({ id: 'vendor-6', name: 'Crestline Care', annualPrice: 6_500_000, controls: ['pciDss', 'mfa', 'secureIvr'] });
    edited.simulation.seed = 'board-2026';
    const editedLength = (await encodeLink(edited, { ...facts, digest: '0123456789abcdef' }, bases)).length + 1;
    // Stated whole: no base applies (every name and source reworded).
    const whole = JSON.parse(JSON.stringify(readJson('models/retail-bpo-2021.json')).replace(/"(source|name|label|description)":"([^"]*)"/g, (_m, k, v) => `"${k}":"${[...v].reverse().join('')}"`));
    const wholeLength = (await encodeLink(whole, { ...facts, digest: '0123456789abcdef' }, new Map())).length + 1;
    console.log(`link lengths from "#": default model with five edits ${editedLength}, a scenario of its size stated whole ${wholeLength}`);
    expect(editedLength).toBeLessThanOrEqual(2_000);
    expect(wholeLength).toBeLessThanOrEqual(4_000);
  });

  it('opens every released link format: the b1 fixture gives its scenario, and the sender\'s figures when the engine is the same', async () => {
    const fixture = readFileSync(`${repositoryRoot}test/fixtures/links/b1.txt`, 'utf8').trim();
    const decoded = await decodeLink(fixture, bases);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.scenario).toEqual(readJson('test/fixtures/links/b1.expected.json'));
    expect(decoded.facts.made).toBe('2026-12-02T16:00:00.000Z');
    const results = runScenario(parseScenario(JSON.stringify(decoded.scenario)));
    if (decoded.facts.engine === ENGINE_VERSION) expect(digestResults(results)).toBe(decoded.facts.digest);
  });

  it('says what is wrong with a damaged link, and never decodes it into something else', async () => {
    const fragment = await encodeLink(readJson('models/retail-bpo-2021.json'), facts, bases);
    const damaged = [
      fragment.slice(0, -5), // cut short
      fragment.slice(0, 20),
      `${fragment.slice(0, 3)}00000000${fragment.slice(11)}`, // another checksum
      'b1.zz.abc',
    ];
    // Every single character changed, one at a time.
    for (let i = 0; i < fragment.length; i++) {
      const c = fragment[i] === 'A' ? 'B' : 'A';
      if (i !== 1) damaged.push(fragment.slice(0, i) + c + fragment.slice(i + 1));
    }
    for (const link of damaged) {
      const decoded = await decodeLink(link, bases);
      expect(decoded.ok, link).toBe(false);
      if (!decoded.ok) expect(decoded.problem).toMatch(/damaged|not a scenario link|unknown|newer version/);
    }
  });

  it('refuses a newer format, an unknown base, and links past their caps, each with its reason', async () => {
    const newer = await decodeLink('#b2.00000000.abc', bases);
    expect(!newer.ok && newer.problem).toMatch(/newer version of this app \(link format b2\)/);
    const unknownBase = await decodeLink(await handMade({ link: 1, format: 'breach-scenario/1', engine: '2.0.0', made: facts.made, base: 'ffffffffffffffff', patch: [] }), bases);
    expect(!unknownBase.ok && unknownBase.problem).toMatch(/base model this page does not have/);
    const otherFormat = await decodeLink(await handMade({ link: 1, format: 'breach-scenario/9', engine: '2.0.0', made: facts.made, scenario: {} }), bases);
    expect(!otherFormat.ok && otherFormat.problem).toMatch(/"breach-scenario\/9" scenario/);
    const long = await decodeLink(`#b1.${'a'.repeat(LINK_LIMITS.fragmentLength)}`, bases);
    expect(!long.ok && long.problem).toMatch(/too long to open/);
    // A bomb: 5 MB of spaces deflates to a few kB.
    const bomb = await handMade({ link: 1, format: 'breach-scenario/1', engine: '2.0.0', made: facts.made, scenario: ' '.repeat(5_000_000) });
    const exploded = await decodeLink(bomb, bases);
    expect(!exploded.ok && exploded.problem).toMatch(/too big to open: it expands past 1,000,000 bytes/);
    let deep: unknown = 1;
    for (let i = 0; i < 100; i++) deep = [deep];
    const nested = await decodeLink(await handMade({ link: 1, format: 'breach-scenario/1', engine: '2.0.0', made: facts.made, scenario: deep }), bases);
    expect(!nested.ok && nested.problem).toMatch(/nests more than 24 levels/);
    const longName = await decodeLink(await handMade({ link: 1, format: 'breach-scenario/1', engine: '2.0.0', made: facts.made, scenario: { name: 'x'.repeat(5000) } }), bases);
    expect(!longName.ok && longName.problem).toMatch(/a string is 5,000 characters long/);
  });

  it('a link whose scenario is invalid still opens, for the validator to name its errors', async () => {
    const json = readJson('models/retail-bpo-2021.json');
    json.vendors[0].annualPrice = -5;
    const decoded = await roundTrip(json);
    expect(decoded.ok).toBe(true);
    const validation = validateScenario(decoded.ok ? decoded.scenario : undefined);
    expect(!validation.ok && validation.errors.map((e) => e.path)).toContain('vendors[0].annualPrice');
  });
});
