import { describe, expect, it } from 'vitest';
import { parseScenarioFile } from '../../../src/ui/workspace/parseScenarioFile.js';

describe('parseScenarioFile', () => {
  it('reads JSON, a byte order mark and all, whether or not it is a valid scenario', () => {
    expect(parseScenarioFile('a.json', '\uFEFF{"format": "breach-scenario/1"}')).toEqual({ ok: true, json: { format: 'breach-scenario/1' } });
    expect(parseScenarioFile('b.json', '[1, 2]')).toEqual({ ok: true, json: [1, 2] });
  });

  it('names the file and the problem when it is not JSON', () => {
    const notJson = parseScenarioFile('notes.txt', 'hello, world');
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(notJson.message).toMatch(/^notes\.txt is not a JSON file: .*(Unexpected token|not valid JSON)/);
    const cut = parseScenarioFile('cut.json', '{"format": "breach-scenario/1", "vendors": [');
    expect(cut.ok).toBe(false);
    if (!cut.ok) expect(cut.message).toMatch(/^cut\.json is not a JSON file: /);
    expect(parseScenarioFile('empty.json', '  \n')).toEqual({ ok: false, message: 'empty.json is empty: a scenario file holds breach-scenario/1 JSON.' });
  });
});
