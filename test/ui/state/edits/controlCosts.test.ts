import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../../src/engine/index.js';
import {
  heldIndex, isHeld, setControl, setControlCost, setCoverage, setSwing, setVendorControlCost, toggleControl, writeOptionalNumber, type UnlistedCoverage,
} from '../../../../src/ui/state/edits/index.js';
import type { DraftJson, DraftObject } from '../../../../src/ui/state/draftJson.js';
import { readJson } from '../../../helpers/fixtures.js';

const errorsOf = (json: unknown) => {
  const result = validateScenario(json);
  return result.ok ? [] : result.errors;
};

const harbor = 3;
const lowell = 4;

describe('optional numbers', () => {
  it('write as typed, keep a source, and a blank removes the key', () => {
    const holder: DraftObject = { annualCost: { value: 50_000, source: 'Quote' } };
    writeOptionalNumber(holder, 'annualCost', 60_000);
    expect(holder).toEqual({ annualCost: { value: 60_000, source: 'Quote' } });
    writeOptionalNumber(holder, 'annualCost', ' ');
    expect(holder).toEqual({});
    writeOptionalNumber(holder, 'annualCost', '6o');
    expect(holder).toEqual({ annualCost: '6o' });
  });
});

describe('the catalogue cost of a control', () => {
  it('is written, reported by path while typed as text, and removed when blank', () => {
    const model = readJson('models/retail-bpo-2021.json');
    setControlCost(model, 'vdi', 80_000);
    expect(model.controls.vdi.annualCost).toBe(80_000);
    expect(errorsOf(model)).toEqual([]);
    setControlCost(model, 'vdi', '80k');
    expect(errorsOf(model)).toEqual([{ path: 'controls.vdi.annualCost', message: 'expected a number or an object, got "80k"' }]);
    setControlCost(model, 'vdi', -1);
    expect(errorsOf(model).map((e) => e.path)).toEqual(['controls.vdi.annualCost']);
    setControlCost(model, 'vdi', '');
    expect('annualCost' in model.controls.vdi).toBe(false);
    expect(errorsOf(model)).toEqual([]);
  });

  it('keeps its source when the value changes, and leaves an unknown control alone', () => {
    const model = readJson('models/retail-bpo-2021.json');
    model.controls.mfa.annualCost = { value: 40_000, source: 'Vendor rate card' };
    setControlCost(model, 'mfa', 45_000);
    expect(model.controls.mfa.annualCost).toEqual({ value: 45_000, source: 'Vendor rate card' });
    const before = JSON.stringify(model);
    setControlCost(model, 'nope', 1);
    setControlCost([1], 'mfa', 1);
    expect(JSON.stringify(model)).toBe(before);
  });
});

describe('a vendor\'s own cost of a control', () => {
  it('lists a control the vendor lacks at coverage 0, and a blank unlists it again', () => {
    const model = readJson('models/retail-bpo-2021.json');
    setVendorControlCost(model, lowell, 'vdi', 80_000);
    expect(model.vendors[lowell].controls).toEqual([{ id: 'mfa', coverage: 0.5 }, { id: 'vdi', coverage: 0, annualCost: 80_000 }]);
    expect(errorsOf(model)).toEqual([]);
    expect(isHeld(model.vendors[lowell].controls[1])).toBe(false);
    expect(heldIndex(model.vendors[lowell].controls, 'vdi')).toBe(-1);
    setVendorControlCost(model, lowell, 'vdi', '');
    expect(model.vendors[lowell].controls).toEqual([{ id: 'mfa', coverage: 0.5 }]);
  });

  it('goes on a partial or full entry, and a blank brings back the plain form', () => {
    const model = readJson('models/retail-bpo-2021.json');
    setVendorControlCost(model, lowell, 'mfa', 30_000);
    expect(model.vendors[lowell].controls[0]).toEqual({ id: 'mfa', coverage: 0.5, annualCost: 30_000 });
    setVendorControlCost(model, lowell, 'mfa', '');
    expect(model.vendors[lowell].controls[0]).toEqual({ id: 'mfa', coverage: 0.5 });
    setVendorControlCost(model, harbor, 'vpn', 5_000);
    expect(model.vendors[harbor].controls[2]).toEqual({ id: 'vpn', coverage: 1, annualCost: 5_000 });
    setVendorControlCost(model, harbor, 'vpn', '');
    expect(model.vendors[harbor].controls[2]).toBe('vpn');
    setVendorControlCost(model, harbor, 'vdi', '');
    expect(model.vendors[harbor].controls).toHaveLength(4);
  });

  it('keeps a sourced cost\'s source and is reported at the entry\'s path while typed as text', () => {
    const model = readJson('models/retail-bpo-2021.json');
    model.vendors[lowell].controls.push({ id: 'vdi', coverage: 0, annualCost: { value: 80_000, source: 'Lowell quote' } });
    setVendorControlCost(model, lowell, 'vdi', 90_000);
    expect(model.vendors[lowell].controls[1].annualCost).toEqual({ value: 90_000, source: 'Lowell quote' });
    setVendorControlCost(model, lowell, 'vdi', '9o');
    expect(errorsOf(model).map((e) => e.path)).toEqual(['vendors[4].controls[1].annualCost.value']);
  });

  it('stays when the coverage changes, even to 1', () => {
    const controls: DraftJson[] = [{ id: 'vdi', coverage: 0, annualCost: 80_000 }];
    setCoverage(controls, 0, 1);
    expect(controls).toEqual([{ id: 'vdi', coverage: 1, annualCost: 80_000 }]);
    setCoverage(controls, 0, 0.5);
    expect(controls).toEqual([{ id: 'vdi', coverage: 0.5, annualCost: 80_000 }]);
  });
});

describe('toggling a control that states a cost', () => {
  it('turns an entry at coverage 0 on at full coverage, its cost and place kept', () => {
    const model = readJson('models/retail-bpo-2021.json');
    model.vendors[lowell].controls.unshift({ id: 'vdi', coverage: 0, annualCost: 80_000 });
    toggleControl(model, lowell, 'vdi', new Map());
    expect(model.vendors[lowell].controls).toEqual([{ id: 'vdi', coverage: 1, annualCost: 80_000 }, { id: 'mfa', coverage: 0.5 }]);
  });

  it('turns a held control with a cost off to coverage 0, and back on at the coverage it had', () => {
    const model = readJson('models/retail-bpo-2021.json');
    const unlisted: UnlistedCoverage = new Map();
    model.vendors[lowell].controls[0].annualCost = 30_000;
    toggleControl(model, lowell, 'mfa', unlisted);
    expect(model.vendors[lowell].controls).toEqual([{ id: 'mfa', coverage: 0, annualCost: 30_000 }]);
    expect(errorsOf(model)).toEqual([]);
    setControl(model, lowell, 'mfa', false, unlisted);
    expect(model.vendors[lowell].controls).toEqual([{ id: 'mfa', coverage: 0, annualCost: 30_000 }]);
    toggleControl(model, lowell, 'mfa', unlisted);
    expect(model.vendors[lowell].controls).toEqual([{ id: 'mfa', coverage: 0.5, annualCost: 30_000 }]);
  });

  it('turns a plain entry at coverage 0 on as the bare id', () => {
    const json = { vendors: [{ id: 'a', controls: [{ id: 'mfa', coverage: 0 }] as DraftJson[] }] };
    toggleControl(json, 0, 'mfa', new Map());
    expect(json.vendors[0].controls).toEqual(['mfa']);
  });
});

describe('the tornado swing', () => {
  it('adds the analytics block, reports a value out of (0, 1) at its path, and a blank removes the block', () => {
    const model = readJson('models/retail-bpo-2021.json');
    setSwing(model, 0.3);
    expect(model.analytics).toEqual({ swing: 0.3 });
    expect(errorsOf(model)).toEqual([]);
    setSwing(model, 1);
    expect(errorsOf(model).map((e) => e.path)).toEqual(['analytics.swing']);
    setSwing(model, '');
    expect('analytics' in model).toBe(false);
    expect(errorsOf(model)).toEqual([]);
  });

  it('keeps other keys of the block, and leaves a block that is not an object alone', () => {
    const json: DraftObject = { analytics: { swing: 0.2, other: 1 } };
    setSwing(json, '');
    expect(json.analytics).toEqual({ other: 1 });
    const broken: DraftObject = { analytics: 'wide' };
    setSwing(broken, 0.3);
    expect(broken.analytics).toBe('wide');
    setSwing([1], 0.3);
  });
});
