import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import StopAtEditor from '../../../src/ui/analyst/StopAtEditor.svelte';
import { ScenarioDraft } from '../../../src/ui/state/ScenarioDraft.svelte.js';
import { readJson } from '../../helpers/fixtures.js';

const html = (draft: ScenarioDraft) => render(StopAtEditor, { props: { draft } }).body;

describe('StopAtEditor', () => {
  it('shows only the checkbox when the scenario has no rule', () => {
    const body = html(new ScenarioDraft(readJson('models/retail-bpo-2021.json')));
    expect(body).toContain('Run until precise');
    expect(body).not.toContain('data-path="simulation.stopAt.relativeStandardError"');
  });

  it('shows the precision as a percentage, the limits blank with their defaults, and the engine\'s error at its field', () => {
    const model = readJson('models/retail-bpo-2021.json');
    model.simulation.stopAt = { relativeStandardError: 0.001, maxTrials: 50_000 };
    const body = html(new ScenarioDraft(model));
    expect(body).toMatch(/data-path="simulation\.stopAt\.relativeStandardError"[^>]*value="0\.1"/);
    expect(body).toContain('blank: 100,000');
    expect(body).toContain('blank: 10,000,000');
    const field = body.slice(body.indexOf('data-field="simulation.stopAt.maxTrials"'));
    expect(field).toContain('data-testid="field-error"');
    expect(field).toMatch(/aria-invalid="true"/);
  });
});
