import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ContractEditor from '../../../src/ui/analyst/ContractEditor.svelte';
import InsuranceEditor from '../../../src/ui/analyst/InsuranceEditor.svelte';
import ToleranceEditor from '../../../src/ui/analyst/ToleranceEditor.svelte';
import VendorTermsEditor from '../../../src/ui/analyst/VendorTermsEditor.svelte';
import { ScenarioDraft } from '../../../src/ui/state/ScenarioDraft.svelte.js';
import { addContract, addInsurance, addTolerance, addTolerancePoint, setIndemnityShare, setToleranceForm } from '../../../src/ui/state/edits/index.js';
import { readJson } from '../../helpers/fixtures.js';

const model = () => readJson('models/retail-bpo-2021.json');
/** The markup of the field at `path`, from its start to the next field. */
const fieldOf = (body: string, path: string) => {
  const start = body.indexOf(`data-field="${path}"`);
  expect(start, `no field ${path}`).toBeGreaterThanOrEqual(0);
  const next = body.indexOf('data-field=', start + 1);
  return body.slice(start, next < 0 ? undefined : next);
};

describe('ContractEditor', () => {
  it('offers to add contract terms when there are none', () => {
    const body = render(ContractEditor, { props: { draft: new ScenarioDraft(model()) } }).body;
    expect(body).toContain('data-testid="add-contract"');
    expect(body).not.toContain('data-path="contract.years"');
  });

  it('shows the years, the two rates blank with their defaults, and the engine\'s error at the years', () => {
    const m = model();
    addContract(m);
    m.contract.years = 11;
    const body = render(ContractEditor, { props: { draft: new ScenarioDraft(m) } }).body;
    expect(body).toContain('Contract length (years)');
    expect(fieldOf(body, 'contract.costTrend')).toContain('blank: 2%');
    expect(fieldOf(body, 'contract.discountRate')).toContain('blank: 0%');
    const years = fieldOf(body, 'contract.years');
    expect(years).toMatch(/value="11"/);
    expect(years).toContain('data-testid="field-error"');
    expect(years).toContain('must be &lt;= 10');
    expect(fieldOf(body, 'contract.costTrend')).not.toContain('field-error');
  });
});

describe('InsuranceEditor', () => {
  it('asks for the premium of a policy just added, at its field, with the retention and limit per breach', () => {
    const m = model();
    addInsurance(m);
    const body = render(InsuranceEditor, { props: { draft: new ScenarioDraft(m) } }).body;
    expect(fieldOf(body, 'insurance.premium')).toContain('is empty: a number is needed');
    expect(fieldOf(body, 'insurance.retention')).not.toContain('field-error');
    expect(fieldOf(body, 'insurance.retention')).toContain('$1.00M');
    expect(body).toMatch(/data-testid="insurance-per-event"[^>]*checked|checked[^>]*data-testid="insurance-per-event"/);
    expect(fieldOf(body, 'insurance.aggregateLimit')).toContain('blank: no aggregate limit');
    expect(fieldOf(body, 'insurance.coinsurance')).toContain('blank: 0%');
  });
});

describe('VendorTermsEditor', () => {
  it('shows no caps until the vendor has an indemnity, then names an impossible share at its field', () => {
    const m = model();
    const none = render(VendorTermsEditor, { props: { draft: new ScenarioDraft(m), index: 1, currency: 'USD' } }).body;
    expect(fieldOf(none, 'vendors[1].indemnity.share')).toContain('blank: no indemnity');
    expect(none).not.toContain('vendors[1].indemnity.capPerYear');
    setIndemnityShare(m, 1, 1.5);
    const body = render(VendorTermsEditor, { props: { draft: new ScenarioDraft(m), index: 1, currency: 'USD' } }).body;
    const share = fieldOf(body, 'vendors[1].indemnity.share');
    expect(share).toMatch(/value="150"/);
    expect(share).toContain('must be at most 100%; got 150%');
    expect(body).toContain('data-field="vendors[1].indemnity.capPerYear"');
    expect(fieldOf(body, 'vendors[1].indemnity.capPerYear')).not.toContain('field-error');
  });
});

describe('ToleranceEditor', () => {
  it('shows a curve\'s points with their own labels, and the limits of two and five points on its buttons', () => {
    const m = model();
    addTolerance(m);
    setToleranceForm(m, 'curve');
    const two = render(ToleranceEditor, { props: { draft: new ScenarioDraft(m) } }).body;
    expect(two.match(/data-testid="tolerance-point"/g)?.length).toBe(2);
    expect(two).toContain('Point 2: loss (USD)');
    expect(two).toContain('Point 2: chance a year');
    expect(two).toMatch(/data-testid="remove-tolerance-point"[^>]*disabled/);
    for (let i = 0; i < 3; i++) addTolerancePoint(m);
    m.tolerance.per = 'contract';
    const five = render(ToleranceEditor, { props: { draft: new ScenarioDraft(m) } }).body;
    expect(five.match(/data-testid="tolerance-point"/g)?.length).toBe(5);
    expect(five).toContain('Point 5: chance over the contract');
    expect(five).toMatch(/data-testid="add-tolerance-point"[^>]*disabled/);
    expect(five).not.toMatch(/data-testid="remove-tolerance-point"[^>]*disabled/);
    expect(five).toContain('data-testid="tolerance-no-contract"');
  });
});

describe('the draft', () => {
  it('runs again for a contract term, never for the tolerance', () => {
    const m = model();
    addTolerance(m);
    const draft = new ScenarioDraft(m);
    const key = draft.runKey;
    setToleranceForm(draft.json, 'curve');
    addTolerancePoint(draft.json);
    expect(draft.valid).toBeDefined();
    expect(draft.runKey).toBe(key);
    addContract(draft.json);
    expect(draft.runKey).not.toBe(key);
  });
});
