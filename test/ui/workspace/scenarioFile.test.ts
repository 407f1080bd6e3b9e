import { describe, expect, it } from 'vitest';
import { scenarioFileName } from '../../../src/ui/workspace/scenarioFileName.js';
import { scenarioFileText } from '../../../src/ui/workspace/scenarioFileText.js';
import { withName } from '../../../src/ui/state/withName.js';
import { readJson } from '../../helpers/fixtures.js';

describe('scenario files', () => {
  it('are named after the scenario', () => {
    expect(scenarioFileName(readJson('models/retail-bpo-2021.json'))).toBe('retail-e-commerce-customer-service-bpo-shortlist.json');
    expect(scenarioFileName({ name: 'Été 2026 / v2' })).toBe('été-2026-v2.json');
    expect(scenarioFileName({ name: ' *** ' })).toBe('scenario.json');
    expect(scenarioFileName({ name: 'x'.repeat(200) })).toBe(`${'x'.repeat(80)}.json`);
    expect(scenarioFileName([1])).toBe('scenario.json');
    expect(scenarioFileName(null)).toBe('scenario.json');
  });

  it('hold the JSON pretty-printed, read back as it was', () => {
    const model = readJson('models/retail-bpo-2021.json');
    const text = scenarioFileText(model);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toMatch(/^ {2}"/);
    expect(JSON.parse(text)).toEqual(model);
  });

  it('take a name only when they are objects', () => {
    expect(withName({ name: 'a', x: 1 }, 'b')).toEqual({ name: 'b', x: 1 });
    expect(withName([1], 'b')).toEqual([1]);
    expect(withName(3, 'b')).toBe(3);
  });
});
