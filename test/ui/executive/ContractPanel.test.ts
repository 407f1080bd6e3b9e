import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario, type Results } from '../../../src/engine/index.js';
import ContractPanel from '../../../src/ui/executive/ContractPanel.svelte';
import VendorCards from '../../../src/ui/executive/VendorCards.svelte';
import { defaultModel, repositoryRoot } from '../../helpers/fixtures.js';

// Rendered on the server: no width yet, so no SVG; the cards, captions and data tables are there.
const text = readFileSync(`${repositoryRoot}models/retail-bpo-contract.json`, 'utf8');
const run = (edit: (json: any) => void = () => {}) => {
  const json = JSON.parse(text);
  edit(json);
  return runScenario(parseScenario(JSON.stringify(json)), { trials: 20_000 });
};
const results = run();
const colors = new Map(results.vendors.map((v, i) => [v.id, `#00000${i}`]));
const html = (r: Results) => render(ContractPanel, { props: { results: r, contract: r.contract!, colors } }).body;
/** The `data-vendor` of every contract card, in the page's order. */
const cardOrder = (body: string) => [...body.matchAll(/data-testid="contract-card" data-vendor="([^"]+)"/g)].map((m) => m[1]);

describe('ContractPanel', () => {
  it('titles the card with the contract\'s years and ranks the cards by present value, the reference last', () => {
    const body = html(results);
    expect(body).toContain('Over the 3-year contract');
    const reference = results.contract!.vendors.filter((v) => v.reference).map((v) => v.id);
    expect(cardOrder(body)).toEqual([...results.contract!.ranking, ...reference]);
    // The ranking is by present value, cheapest first (checked here from the figures themselves).
    const pv = new Map(results.contract!.vendors.map((v) => [v.id, v.total.presentValue.mean]));
    const ranked = results.contract!.ranking.map((id) => pv.get(id)!);
    expect(ranked).toEqual([...ranked].sort((a, b) => a - b));
  });

  it('marks each contract figure with its own metric, and never the year\'s risk-adjusted cost', () => {
    const body = html(results);
    const n = results.vendors.length;
    const count = (metric: string) => body.match(new RegExp(`data-metric="${metric}"`, 'g'))?.length ?? 0;
    expect(count('contract-cost')).toBe(n);
    expect(count('contract-nominal-cost')).toBe(n);
    // The per-year table: a cell per vendor and year.
    expect(count('contract-year-cost')).toBe(n * results.contract!.years);
    // The cards' net loss and the total chart's table.
    expect(count('contract-net-loss')).toBe(2 * n);
    expect(count('contract-probability-cheapest')).toBe(n - 1);
    expect(count('risk-adjusted-cost')).toBe(0);
    expect(body).toContain('discounted at 6% a year');
  });

  it('says "Over a year, after indemnity and insurance" for a one-year contract, and drops the undiscounted line without discounting', () => {
    const body = html(run((json) => {
      json.contract.years = 1;
      json.contract.discountRate = 0;
    }));
    expect(body).toContain('Over a year, after indemnity and insurance');
    expect(body).toMatch(/ranked by\s+that cost, every year&#39;s money at face value|ranked by\s+that cost, every year's money at face value/);
    // One year has no trend to speak of.
    expect(body).not.toContain('growing');
    expect(body).not.toContain('contract-nominal-cost');
  });

  it('adds the contract\'s present value to each vendor card, and nothing without a contract', () => {
    const withContract = render(VendorCards, { props: { results, colors } }).body;
    expect(withContract.match(/data-metric="contract-cost"/g)).toHaveLength(results.vendors.length);
    expect(withContract).toContain('Over the 3-year contract');
    const plain = render(VendorCards, { props: { results: runScenario(defaultModel(), { trials: 10_000 }), colors } }).body;
    expect(plain).not.toContain('contract-cost');
  });
});
