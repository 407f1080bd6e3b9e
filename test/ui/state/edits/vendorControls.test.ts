import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../../src/engine/index.js';
import type { DraftJson } from '../../../../src/ui/state/draftJson.js';
import {
  controlId, controlIndex, coverageOf, setControl, setCoverage, setListed, setVendorCoverage, toggleControl, type UnlistedCoverage,
} from '../../../../src/ui/state/edits/index.js';
import { readJson } from '../../../helpers/fixtures.js';

describe('vendor controls', () => {
  it('reads ids and coverage of both forms', () => {
    expect(controlId('mfa')).toBe('mfa');
    expect(controlId({ id: 'mfa', coverage: 0.6 })).toBe('mfa');
    expect(coverageOf('mfa')).toBe(1);
    expect(coverageOf({ id: 'mfa', coverage: 0.6 })).toBe(0.6);
    expect(coverageOf({ id: 'mfa', coverage: '6o' })).toBe('6o');
    expect(controlIndex(['pciDss', { id: 'mfa', coverage: 0.6 }], 'mfa')).toBe(1);
    expect(controlIndex(['pciDss'], 'mfa')).toBe(-1);
  });

  it('lists once at the end and unlists every entry', () => {
    const controls: DraftJson[] = ['pciDss'];
    setListed(controls, 'mfa', true);
    setListed(controls, 'mfa', true);
    expect(controls).toEqual(['pciDss', 'mfa']);
    controls.push({ id: 'pciDss', coverage: 0.5 });
    setListed(controls, 'pciDss', false);
    expect(controls).toEqual(['mfa']);
  });

  it('returns the coverage it unlists, and lists with a coverage given', () => {
    const controls: DraftJson[] = ['pciDss', { id: 'mfa', coverage: 0.6 }];
    expect(setListed(controls, 'mfa', false)).toBe(0.6);
    expect(setListed(controls, 'pciDss', false)).toBe(1);
    expect(setListed(controls, 'vpn', false)).toBeUndefined();
    setListed(controls, 'mfa', true, 0.6);
    setListed(controls, 'pciDss', true, 1);
    expect(controls).toEqual([{ id: 'mfa', coverage: 0.6 }, 'pciDss']);
  });

  it('stores full coverage as the bare id, anything else as { id, coverage }', () => {
    const controls: DraftJson[] = ['pciDss', 'mfa'];
    setCoverage(controls, 1, 0.6);
    expect(controls).toEqual(['pciDss', { id: 'mfa', coverage: 0.6 }]);
    setCoverage(controls, 1, '6o');
    expect(controls).toEqual(['pciDss', { id: 'mfa', coverage: '6o' }]);
    setCoverage(controls, 1, 1);
    expect(controls).toEqual(['pciDss', 'mfa']);
  });

  it('reports coverage typed as text at the path the field shows', () => {
    const model = readJson('models/retail-bpo-2021.json');
    setCoverage(model.vendors[3].controls, 1, '6o');
    const result = validateScenario(model);
    expect(result.ok ? [] : result.errors).toEqual([{ path: 'vendors[3].controls[1].coverage', message: 'expected a number, got "6o"' }]);
  });
});

describe('setControl and toggleControl, on a vendor of the draft', () => {
  const harbor = 3;
  const lowell = 4;

  it('unlist a control remembering its coverage, and list it again with that coverage, last', () => {
    const model = readJson('models/retail-bpo-2021.json');
    const unlisted: UnlistedCoverage = new Map();
    setControl(model, harbor, 'mfa', false, unlisted);
    expect(model.vendors[harbor].controls).toEqual(['pciDss', 'vpn', 'byodPolicy']);
    expect(unlisted.get(JSON.stringify(['harbor', 'mfa']))).toBe(0.6);
    setControl(model, harbor, 'mfa', true, unlisted);
    expect(model.vendors[harbor].controls).toEqual(['pciDss', 'vpn', 'byodPolicy', { id: 'mfa', coverage: 0.6 }]);
    toggleControl(model, lowell, 'vdi', unlisted);
    expect(model.vendors[lowell].controls).toEqual([{ id: 'mfa', coverage: 0.5 }, 'vdi']);
    toggleControl(model, lowell, 'vdi', unlisted);
    expect(model.vendors[lowell].controls).toEqual([{ id: 'mfa', coverage: 0.5 }]);
  });

  it('give a vendor without a list one, and leave a missing vendor alone', () => {
    const json = { vendors: [{ id: 'a' } as Record<string, unknown>] };
    toggleControl(json, 0, 'mfa', new Map());
    expect(json.vendors[0].controls).toEqual(['mfa']);
    toggleControl(json, 3, 'mfa', new Map());
    toggleControl([1, 2], 0, 'mfa', new Map());
    expect(json.vendors).toHaveLength(1);
  });

  it('set the coverage of a listed control only', () => {
    const model = readJson('models/retail-bpo-2021.json');
    setVendorCoverage(model, harbor, 'mfa', 0.8);
    expect(model.vendors[harbor].controls[1]).toEqual({ id: 'mfa', coverage: 0.8 });
    setVendorCoverage(model, harbor, 'mfa', 1);
    expect(model.vendors[harbor].controls[1]).toBe('mfa');
    const before = JSON.stringify(model.vendors[harbor]);
    setVendorCoverage(model, harbor, 'vdi', 0.5);
    expect(JSON.stringify(model.vendors[harbor])).toBe(before);
  });
});
