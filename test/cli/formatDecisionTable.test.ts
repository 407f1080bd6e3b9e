import { describe, expect, it } from 'vitest';
import { formatDecisionTable } from '../../src/cli/formatDecisionTable.js';
import { formatTable } from '../../src/cli/formatTable.js';
import { DECISION_ANALYSES, DEFAULT_ANALYSES, parseScenario, runScenario, type Results } from '../../src/engine/index.js';
import { formatMoney, formatPercent } from '../../src/format/money.js';
import { defaultModel } from '../helpers/fixtures.js';
import { constantScenario, expectedLossAtMeans } from '../helpers/scenarios.js';

/**
 * The constant scenario (every input fixed, so the exact figures have closed forms), with
 * VDI offered at $100k a year. Expected values come from `expectedLossAtMeans`, the
 * tests' own closed form, on edited copies of the scenario.
 */
function scenario(): any {
  const json = constantScenario({ trials: 10_000 });
  json.controls.vdi.annualCost = 100_000;
  return json;
}

function run(json: any, analyses = [...DEFAULT_ANALYSES, ...DECISION_ANALYSES]): Results {
  return runScenario(parseScenario(JSON.stringify(json)), { analyses });
}

/** The closed-form expected loss of `vendorId` with its controls replaced by `controls`. */
function lossWith(vendorId: string, controls: unknown[]): number {
  const json = scenario();
  json.vendors.find((v: any) => v.id === vendorId).controls = controls;
  return expectedLossAtMeans(json, vendorId);
}

const money = (x: number) => formatMoney(x, 'USD');
const HEADINGS = ['What each control is worth', 'What to negotiate', 'Which assumption drives the answer',
  'Which assumption is worth finding out', 'What would change the answer', 'Rank probabilities'];

/** The lines of a section, from its heading to the next one. */
function section(lines: string[], title: string): string[] {
  const from = lines.indexOf(title);
  const next = lines.findIndex((l, i) => i > from + 1 && /^=+$/.test(l));
  return lines.slice(from, next < 0 ? undefined : next - 1);
}

describe('formatDecisionTable (the table of --analytics)', () => {
  const json = scenario();
  const results = run(json);
  const lines = formatDecisionTable(results);
  // Wrapped sentences (and bullets, their later lines indented by two) read as one line.
  const text = lines.join('\n').replace(/\n {0,2}(?=\S)/g, ' ');

  it('prints nothing for a run without the analytics, and formatTable is then the table alone', () => {
    const without = run(json, [...DEFAULT_ANALYSES]);
    expect(formatDecisionTable(without)).toEqual([]);
    for (const h of HEADINGS) expect(formatTable(without)).not.toContain(h);
    expect(formatTable(results).startsWith(formatTable(without).trimEnd())).toBe(true);
  });

  it('has the six headings, underlined, in order, every line within 100 columns', () => {
    const at = HEADINGS.map((h) => lines.indexOf(h));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const i of at) expect(lines[i + 1]).toBe('='.repeat(lines[i].length));
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(100);
  });

  it('shows each control\'s status, value if removed or made full, cost and return, from the closed form', () => {
    const partial = section(lines, HEADINGS[0]);
    const own = [{ id: 'mfa', coverage: 0.5 }, 'ivr'];
    const loss = lossWith('partial', own);
    const mfa = partial.find((l) => l.startsWith('MFA ') && l.includes('partial (50%)'))!;
    expect(mfa).toBeDefined();
    expect(mfa).toContain(money(lossWith('partial', ['ivr']) - loss));
    expect(mfa).toContain(money(loss - lossWith('partial', ['mfa', 'ivr'])));
    const vdiSaving = loss - lossWith('partial', [...own, 'vdi']);
    const vdi = partial.find((l) => l.startsWith('VDI ') && l.includes('missing') && l.includes('$100k'))!;
    expect(vdi).toContain(money(vdiSaving));
    expect(vdi.trimEnd().endsWith(formatPercent((vdiSaving - 100_000) / 100_000))).toBe(true);
  });

  it('walks from no controls (there is no reference) to each vendor, step by step', () => {
    const none = lossWith('none', []);
    expect(text).toContain(`From no controls (${money(none)}) to Partial (${money(lossWith('partial', [{ id: 'mfa', coverage: 0.5 }, 'ivr']))}), one control at a time:`);
    const mfaStep = section(lines, HEADINGS[0]).find((l) => l.startsWith('MFA ') && l.includes('0% to 50%'))!;
    expect(mfaStep).toContain(money(lossWith('none', [{ id: 'mfa', coverage: 0.5 }]) - none));
    expect(text).toContain('From no controls');
    expect(text).toContain('no control differs.');
  });

  it('says what to negotiate: headroom, the premium, what to ask for and what it returns', () => {
    const cost = (id: string, controls: unknown[], price: number) => price + lossWith(id, controls);
    const all = cost('all', ['mfa', 'vdi', 'ivr', 'redaction'], 1_000_000);
    const partial = cost('partial', [{ id: 'mfa', coverage: 0.5 }, 'ivr'], 500_000);
    const none = cost('none', [], 0);
    const negotiate = section(lines, HEADINGS[1]);
    expect(negotiate.find((l) => l.startsWith('All '))!.trimEnd().endsWith(money(Math.min(partial, none) - all))).toBe(true);
    expect(negotiate.find((l) => l.startsWith('Partial '))!.trimEnd().endsWith(money(all - partial))).toBe(true);
    expect(text).toContain(`All stays the cheapest up to a price of ${money(Math.min(partial, none) - lossWith('all', ['mfa', 'vdi', 'ivr', 'redaction']))} a year`);
    expect(text).toContain('None would not be the cheapest even at no price');
    expect(text).toMatch(/All has the lowest expected loss and None the lowest price: All is worth up to \$[\d.]+M a year more than None/);
    const vdiSaving = lossWith('partial', [{ id: 'mfa', coverage: 0.5 }, 'ivr']) - lossWith('partial', [{ id: 'mfa', coverage: 0.5 }, 'ivr', 'vdi']);
    expect(text).toContain(`Ask Partial for VDI: it cuts the expected loss by ${money(vdiSaving)} a year; worth up to ${money(vdiSaving)} on the price. `
      + `At $100k a year it saves ${money(vdiSaving - 100_000)} more than it costs, a return of ${formatPercent((vdiSaving - 100_000) / 100_000)}.`);
    expect(text).toContain('No set of the controls with a cost stated would make Partial the cheapest.');
    expect(text).toContain('All holds every control in full: there is no control to ask for.');
  });

  it('lists three asks per vendor, and every one with wide', () => {
    expect(text).toContain('1 more control to ask for: --wide lists it.');
    const wide = formatDecisionTable(results, { wide: true }).join('\n');
    expect(wide).not.toContain('--wide lists');
    expect(wide.match(/Ask None for /g)).toHaveLength(4);
  });

  it('with every input a plain number, the value of information is 0 and says why', () => {
    expect(text).toContain('would be worth $0 a year in expectation (± $0) over choosing All now.');
    expect(text).toContain('No assumption is uncertain: every input is a plain number.');
    expect(text).toMatch(/The 12 plain-number inputs \(annual incidence \(no controls\); effect of MFA; .*\) are treated as known/);
  });

  it('names the incidence at which another vendor would be the cheapest, from the closed form', () => {
    // With the rest fixed, each cost is price + (-ln(1 - p)) x k: the tie of All with another vendor is at -ln(1 - p) = price gap / k gap.
    const k = (id: string, controls: unknown[]) => lossWith(id, controls) / -Math.log(1 - 0.39);
    const kAll = k('all', ['mfa', 'vdi', 'ivr', 'redaction']);
    const ties = [[1_000_000, k('none', [])], [500_000, k('partial', [{ id: 'mfa', coverage: 0.5 }, 'ivr'])]].map(([gap, kOther]) => 1 - Math.exp(-gap / (kOther - kAll)));
    const nearest = Math.max(...ties.filter((p) => p < 0.39));
    expect(text).toContain(`If the annual incidence (no controls) were below ${formatPercent(nearest)}, None would be the cheapest (it is 39.0%).`);
    expect(text).toMatch(/For \d+ of the 12 inputs, no value within (its|their) range would change the answer(: [^\n]+\.| \(--wide lists them\)\.)/);
  });

  it('with fixed inputs each candidate has one rank in every draw', () => {
    const ranks = section(lines, HEADINGS[5]);
    expect(ranks[2]).toMatch(/^Vendor\s+1st\s+2nd\s+3rd$/);
    expect(ranks[3]).toMatch(/^All\s+100\.0%\s+0\.0%\s+0\.0%$/);
    expect(ranks[5]).toMatch(/^None\s+0\.0%\s+0\.0%\s+100\.0%$/);
  });
});

describe('formatDecisionTable on the default model (a reference vendor, uncertain effects)', () => {
  const results = runScenario(defaultModel(), { trials: 10_000, analyses: [...DEFAULT_ANALYSES, ...DECISION_ANALYSES] });
  const lines = formatDecisionTable(results);

  it('walks from the reference to each candidate, and not from the reference to itself', () => {
    const reference = results.vendors.find((v) => v.reference)!;
    const from = lines.filter((l) => l.startsWith('From '));
    expect(from).toHaveLength(results.ranking.length);
    for (const l of from) expect(l.startsWith(`From ${reference.name} (`)).toBe(true);
    expect(from.some((l) => l.includes(`to ${reference.name} (`))).toBe(false);
  });

  it('lists every uncertain input\'s EVPPI beside its noise bound, marking those within it', () => {
    const voi = results.valueOfInformation!;
    expect(voi.inputs.length).toBeGreaterThan(0);
    for (const i of voi.inputs) {
      const row = lines.find((l) => l.startsWith(i.label.slice(0, 40)) && l.includes(formatMoney(i.bias, 'USD')))!;
      expect(row, i.label).toBeDefined();
      expect(row.includes('within noise'), i.label).toBe(!(i.evppi > i.bias));
    }
  });
});

describe('the decision table with a single candidate', () => {
  it('says there is no choice to inform instead of a table of zeros, and prints no non-finite number', () => {
    const json = scenario();
    json.vendors = [{ ...json.vendors[0], reference: true }, json.vendors[1]];
    const all = formatDecisionTable(run(json));
    const text = all.join('\n');
    const lines = section(all, 'Which assumption is worth finding out');
    expect(lines.join(' ')).toContain('There is only one candidate: no assumption, known exactly, could change the choice');
    expect(lines.join(' ')).not.toContain('EVPPI');
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
  });
});
