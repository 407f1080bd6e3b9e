import { describe, expect, it } from 'vitest';
import { BASE_MODELS, baseHash } from '../../../src/links/index.js';
import { LINK_BASES } from '../../../src/ui/share/linkBases.js';
import { linkCheck } from '../../../src/ui/share/linkCheck.js';
import { modelDifferences } from '../../../src/ui/share/modelDifferences.js';
import { readJson } from '../../helpers/fixtures.js';

describe('the page\'s link bases', () => {
  it('hold every base model the links may name, each as released', () => {
    for (const b of BASE_MODELS) {
      expect(LINK_BASES.get(b.hash), b.file).toEqual(readJson(b.file));
      expect(baseHash(LINK_BASES.get(b.hash)!)).toBe(b.hash);
    }
  });
});

describe('linkCheck', () => {
  const facts = { engine: '2.0.0', made: '2026-12-02T16:00:00.000Z', digest: 'e15c40dcfa84978b' };
  it('says the figures are exactly the sender\'s when the digests match', () => {
    expect(linkCheck(facts, 'e15c40dcfa84978b', '2.0.0', false)).toEqual({ status: 'exact', text: 'These are exactly the sender’s figures.' });
  });
  it('says plainly when they differ, and why when the engines differ', () => {
    expect(linkCheck(facts, '0000000000000000', '3.0.0', false).text).toMatch(/differ from the sender’s: the link was made by engine 2\.0\.0, and this page runs engine 3\.0\.0/);
    expect(linkCheck(facts, '0000000000000000', '2.0.0', false).status).toBe('differs');
  });
  it('says "not checked" without a digest, and waits while running or after an edit', () => {
    expect(linkCheck({ ...facts, digest: undefined }, 'e15c40dcfa84978b', '2.0.0', false)).toMatchObject({ status: 'unchecked', text: expect.stringMatching(/^Not checked/) });
    expect(linkCheck(facts, undefined, '2.0.0', false).status).toBe('pending');
    expect(linkCheck(facts, 'e15c40dcfa84978b', '2.0.0', true).text).toMatch(/no longer the sender’s figures/);
  });
});

describe('modelDifferences', () => {
  it('lists each changed assumption with both values, and leaves sources out', () => {
    const model = readJson('models/retail-bpo-2021.json');
    const edited = readJson('models/retail-bpo-2021.json');
    edited.frequency.annualIncidence = { value: 0.45, source: 'our own survey' };
    edited.vendors[1].annualPrice.value = 7_200_000;
    expect(modelDifferences(model, edited)).toEqual([
      { path: 'frequency.annualIncidence.value', before: '0.39', after: '0.45' },
      { path: 'vendors[1].annualPrice.value', before: '7400000', after: '7200000' },
    ]);
    expect(modelDifferences(model, model)).toEqual([]);
  });

  it('reads a vendor\'s control entry as whether the vendor holds it, one at coverage 0 as not held', () => {
    const model = readJson('models/retail-bpo-2021.json');
    const edited = readJson('models/retail-bpo-2021.json');
    edited.vendors[4].controls.push({ id: 'vdi', coverage: 0, annualCost: 80_000 });
    edited.vendors[3].controls[0] = { id: 'pciDss', coverage: 1, annualCost: { value: 5_000, source: 'Harbor quote' } };
    edited.vendors[3].controls[1].coverage = 0;
    expect(modelDifferences(model, edited)).toEqual([
      { path: 'vendors[3].controls[0]', before: 'pciDss held', after: 'pciDss held, costs 5000 a year to cover in full' },
      { path: 'vendors[3].controls[1].coverage', before: '0.6', after: '0 (not held)' },
      { path: 'vendors[4].controls[1]', before: '(none)', after: 'vdi not held, costs 80000 a year to add' },
    ]);
  });
});
