import { describe, expect, it } from 'vitest';
import { ScenarioDraft } from '../../../src/ui/state/ScenarioDraft.svelte.js';
import { readJson } from '../../helpers/fixtures.js';

const model = () => readJson('models/retail-bpo-2021.json');
const harbor = 3;
const lowell = 4;

describe('ScenarioDraft.setControl, the one way the page changes a vendor\'s controls', () => {
  it('brings a partial coverage back when a control is listed again', () => {
    const draft = new ScenarioDraft(model());
    expect(draft.json.vendors[harbor].controls[1]).toEqual({ id: 'mfa', coverage: 0.6 });
    draft.toggleControl(harbor, 'mfa');
    expect(draft.json.vendors[harbor].controls).toEqual(['pciDss', 'vpn', 'byodPolicy']);
    draft.toggleControl(harbor, 'mfa');
    expect(draft.json.vendors[harbor].controls).toEqual(['pciDss', 'vpn', 'byodPolicy', { id: 'mfa', coverage: 0.6 }]);
    // The vendor editor's checkbox goes through the same memory.
    draft.setControl(harbor, 'mfa', false);
    draft.setControl(harbor, 'mfa', true);
    expect(draft.json.vendors[harbor].controls[3]).toEqual({ id: 'mfa', coverage: 0.6 });
  });

  it('lists a control never listed at full coverage, as a bare id, and remembers per vendor', () => {
    const draft = new ScenarioDraft(model());
    draft.toggleControl(lowell, 'vdi');
    expect(draft.json.vendors[lowell].controls).toEqual([{ id: 'mfa', coverage: 0.5 }, 'vdi']);
    draft.toggleControl(harbor, 'mfa');
    draft.toggleControl(lowell, 'mfa');
    draft.toggleControl(lowell, 'mfa');
    draft.toggleControl(harbor, 'mfa');
    expect(draft.json.vendors[lowell].controls).toEqual(['vdi', { id: 'mfa', coverage: 0.5 }]);
    expect(draft.json.vendors[harbor].controls[3]).toEqual({ id: 'mfa', coverage: 0.6 });
  });
});

describe('ScenarioDraft baseline', () => {
  it('is edited once anything differs from the scenario loaded, the tolerance too, and not when changed back', () => {
    const draft = new ScenarioDraft(model());
    expect(draft.edited).toBe(false);
    draft.json.tolerance = { loss: 1e7, probability: 0.05 };
    expect(draft.edited).toBe(true);
    delete draft.json.tolerance;
    expect(draft.edited).toBe(false);
    draft.json.frequency.annualIncidence.value = 0.5;
    expect(draft.edited).toBe(true);
    expect(draft.sourceEdited(['frequency', 'annualIncidence'])).toBe(true);
    expect(draft.sourceEdited(['frequency'])).toBe(true);
    expect(draft.sourceEdited(['magnitude'])).toBe(false);
    draft.replace(draft.json);
    expect(draft.edited).toBe(false);
    expect(draft.sourceEdited(['frequency'])).toBe(false);
  });
});
