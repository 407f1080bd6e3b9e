import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario } from '../../src/engine/index.js';
import { warningLines } from '../../src/format/warningLines.js';
import { issueExample } from '../helpers/fixtures.js';

describe('warningLines', () => {
  it('keeps each heavy-tail warning and gathers the vendors whose means disagree in one line', () => {
    const json = issueExample();
    json.magnitude.perBreach = { dist: 'lognormal', mean: 5_000_000, sigma: 10 };
    const results = runScenario(parseScenario(JSON.stringify(json)), { trials: 20_000 });
    const disagreeing = results.warnings.filter((w) => w.code === 'sample-disagrees').map((w) => w.vendor);
    expect(disagreeing.length).toBeGreaterThan(1);
    const lines = warningLines(results);
    expect(lines[0].path).toBe('magnitude.perBreach');
    expect(lines).toHaveLength(2);
    expect(lines[1].vendors).toEqual(disagreeing);
    const names = results.vendors.filter((v) => disagreeing.includes(v.id)).map((v) => v.name);
    expect(lines[1].text).toContain(`${names.slice(0, -1).join(', ')} and ${names.at(-1)}, the mean of the simulated years`);
  });
});
