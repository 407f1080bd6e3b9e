import { describe, expect, it } from 'vitest';
import { ScenarioDraft } from '../../../src/ui/state/ScenarioDraft.svelte.js';
import { getAt, recordsOf } from '../../../src/ui/state/draftJson.js';
import { removeVendor, setAt } from '../../../src/ui/state/edits/index.js';
import { readJson } from '../../helpers/fixtures.js';

const model = () => readJson('models/retail-bpo-2021.json');
const harbor = 3;
const lowell = 4;

describe('ScenarioDraft.setControl, the one way the page changes a vendor\'s controls', () => {
  it('brings a partial coverage back when a control is listed again', () => {
    const draft = new ScenarioDraft(model());
    expect(getAt(draft.json, ['vendors', harbor, 'controls', 1])).toEqual({ id: 'mfa', coverage: 0.6 });
    draft.toggleControl(harbor, 'mfa');
    expect(getAt(draft.json, ['vendors', harbor, 'controls'])).toEqual(['pciDss', 'vpn', 'byodPolicy']);
    draft.toggleControl(harbor, 'mfa');
    expect(getAt(draft.json, ['vendors', harbor, 'controls'])).toEqual(['pciDss', 'vpn', 'byodPolicy', { id: 'mfa', coverage: 0.6 }]);
    // The vendor editor's checkbox goes through the same memory.
    draft.setControl(harbor, 'mfa', false);
    draft.setControl(harbor, 'mfa', true);
    expect(getAt(draft.json, ['vendors', harbor, 'controls', 3])).toEqual({ id: 'mfa', coverage: 0.6 });
  });

  it('lists a control never listed at full coverage, as a bare id, and remembers per vendor', () => {
    const draft = new ScenarioDraft(model());
    draft.toggleControl(lowell, 'vdi');
    expect(getAt(draft.json, ['vendors', lowell, 'controls'])).toEqual([{ id: 'mfa', coverage: 0.5 }, 'vdi']);
    draft.toggleControl(harbor, 'mfa');
    draft.toggleControl(lowell, 'mfa');
    draft.toggleControl(lowell, 'mfa');
    draft.toggleControl(harbor, 'mfa');
    expect(getAt(draft.json, ['vendors', lowell, 'controls'])).toEqual(['vdi', { id: 'mfa', coverage: 0.5 }]);
    expect(getAt(draft.json, ['vendors', harbor, 'controls', 3])).toEqual({ id: 'mfa', coverage: 0.6 });
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
    setAt(draft.json, ['frequency', 'annualIncidence', 'value'], 0.5);
    expect(draft.edited).toBe(true);
    expect(draft.sourceEdited(['frequency', 'annualIncidence'])).toBe(true);
    expect(draft.sourceEdited(['frequency'])).toBe(true);
    expect(draft.sourceEdited(['magnitude'])).toBe(false);
    draft.replace(draft.json);
    expect(draft.edited).toBe(false);
    expect(draft.sourceEdited(['frequency'])).toBe(false);
  });
});

describe('ScenarioDraft history', () => {
  it('undoes and redoes committed edits, in place, a field typed into making one step', () => {
    const draft = new ScenarioDraft(model());
    const vendors = draft.json.vendors;
    for (const typed of ['0', '0.', '0.4', '0.4x']) {
      setAt(draft.json, ['frequency', 'annualIncidence', 'value'], typed);
      draft.commit('frequency.annualIncidence.value');
    }
    draft.seal();
    draft.toggleControl(lowell, 'vdi');
    draft.commit();
    removeVendor(draft.json, 2);
    draft.commit();
    expect(draft.canUndo).toBe(true);
    expect(draft.undo()).toBe(true); // the vendor comes back
    expect(recordsOf(draft.json.vendors).map((v) => v.id)).toEqual(['none', 'northwind', 'bluepeak', 'harbor', 'lowell']);
    expect(draft.undo()).toBe(true); // the toggle
    expect(getAt(draft.json, ['vendors', lowell, 'controls'])).toEqual([{ id: 'mfa', coverage: 0.5 }]);
    expect(getAt(draft.json, ['frequency', 'annualIncidence', 'value'])).toBe('0.4x');
    expect(draft.undo()).toBe(true); // all the typing at once
    expect(getAt(draft.json, ['frequency', 'annualIncidence', 'value'])).toBe(0.39);
    expect(draft.undo()).toBe(false);
    expect(draft.edited).toBe(false);
    expect(draft.json.vendors).toBe(vendors); // changed in place
    expect(draft.redo()).toBe(true);
    expect(getAt(draft.json, ['frequency', 'annualIncidence', 'value'])).toBe('0.4x');
    expect(draft.errorAt('frequency.annualIncidence.value')).toBeDefined();
    expect(draft.canRedo).toBe(true);
    draft.json.name = 'new';
    draft.commit();
    expect(draft.canRedo).toBe(false);
  });

  it('commits what was not committed before undoing, so no edit is skipped', () => {
    const draft = new ScenarioDraft(model());
    draft.json.name = 'a';
    draft.commit();
    draft.json.name = 'b';
    draft.undo();
    expect(draft.json.name).toBe('a');
    draft.redo();
    expect(draft.json.name).toBe('b');
  });

  it('resets to another scenario as one step, the baseline with it', () => {
    const draft = new ScenarioDraft(model());
    setAt(draft.json, ['frequency', 'annualIncidence', 'value'], 0.5);
    draft.commit();
    const other = { ...model(), name: 'Other' };
    draft.resetTo(other);
    expect(draft.json.name).toBe('Other');
    expect(draft.edited).toBe(false);
    draft.undo();
    expect(getAt(draft.json, ['frequency', 'annualIncidence', 'value'])).toBe(0.5);
    expect(draft.json.name).toBe(model().name);
    expect(draft.edited).toBe(true);
    expect(draft.sourceEdited(['frequency'])).toBe(true);
  });

  it('keeps a draft that is not even an object, and undoes back to it', () => {
    const draft = new ScenarioDraft([1, 2]);
    expect(draft.errors.length).toBeGreaterThan(0);
    draft.resetTo(model());
    expect(draft.valid).toBeDefined();
    draft.undo();
    expect(draft.json).toEqual([1, 2]);
  });
});
