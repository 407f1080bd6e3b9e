import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { runScenario, type Results } from '../../../src/engine/index.js';
import ConvergenceChart from '../../../src/ui/charts/ConvergenceChart.svelte';
import { defaultModel } from '../../helpers/fixtures.js';

// Rendered on the server: no width yet, so no SVG; the note, legend, caption and table are there.
const results = runScenario(defaultModel(), { trials: 30_000 });
const colors = new Map(results.vendors.map((v, i) => [v.id, `#00000${i}`]));
const html = (r: Results) => render(ConvergenceChart, { props: { results: r, colors } }).body;

describe('ConvergenceChart', () => {
  it('shows a legend of every vendor, the caption and a table of every checkpoint', () => {
    const body = html(results);
    expect(body).toContain('data-testid="convergence-chart"');
    for (const v of results.vendors) expect(body).toContain(`data-vendor="${v.id}"`);
    expect(body).toContain('How the estimate settled');
    expect(body.match(/data-metric="running-expected-loss"/g)).toHaveLength(3 * results.vendors.length);
    expect(body).toContain('>30,000</th>');
  });

  it('says in one line that a run of one block is too short to show', () => {
    const body = html(runScenario(defaultModel(), { trials: 10_000 }));
    expect(body).toContain('data-testid="convergence-none"');
    expect(body).toContain('single block of 10,000 simulated years');
    expect(body).not.toContain('convergence-chart');
  });

  it('says so when the run recorded no convergence', () => {
    const { convergence: _, ...rest } = results;
    expect(html(rest)).toContain('did not record how its estimate settled');
  });
});
