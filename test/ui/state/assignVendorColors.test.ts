import { describe, expect, it } from 'vitest';
import { assignVendorColors, type ColorSlot } from '../../../src/ui/state/assignVendorColors.js';
import { VendorPalette } from '../../../src/ui/state/VendorPalette.js';
import { REFERENCE_COLOR, VENDOR_PALETTE } from '../../../src/ui/charts/palette.js';

const vendors = (...ids: string[]) => ids.map((id) => ({ id: id.replace('*', ''), reference: id.endsWith('*') }));
const slots = (map: ReadonlyMap<string, ColorSlot>, ids: string[]) =>
  ids.map((id) => (map.get(id)?.reference ? 'reference' : map.get(id)?.slot));

describe('assignVendorColors', () => {
  it('assigns slots in scenario order on load, the reference apart', () => {
    const first = assignVendorColors(new Map(), vendors('none*', 'northwind', 'bluepeak', 'harbor', 'lowell'), 6);
    expect(slots(first, ['none', 'northwind', 'bluepeak', 'harbor', 'lowell'])).toEqual(['reference', 0, 1, 2, 3]);
  });

  it('keeps every colour when a vendor is removed, and gives a new vendor a colour no one has had', () => {
    const first = assignVendorColors(new Map(), vendors('a', 'b', 'c'), 6);
    const removed = assignVendorColors(first, vendors('a', 'c'), 6);
    expect(slots(removed, ['a', 'c'])).toEqual([0, 2]);
    const added = assignVendorColors(removed, vendors('a', 'c', 'd'), 6);
    expect(slots(added, ['a', 'c', 'd'])).toEqual([0, 2, 3]);
    // b comes back with its colour: no one took it.
    expect(assignVendorColors(added, vendors('a', 'b', 'c', 'd'), 6).get('b')?.slot).toBe(1);
  });

  it('reuses a removed vendor\'s colour only once the others are taken, and then that vendor forgets it', () => {
    let map = assignVendorColors(new Map(), vendors('a', 'b', 'c'), 3);
    map = assignVendorColors(map, vendors('a', 'c'), 3);
    map = assignVendorColors(map, vendors('a', 'c', 'd'), 3);
    expect(map.get('d')?.slot).toBe(1);
    expect(map.get('b')?.slot).toBeUndefined();
    map = assignVendorColors(map, vendors('a', 'b', 'c', 'd'), 3);
    expect(slots(map, ['a', 'b', 'c', 'd'])).toEqual([0, 0, 2, 1]);
  });

  it('does not depend on the order of the list: reordering changes no colour', () => {
    const first = assignVendorColors(new Map(), vendors('a', 'b', 'c'), 6);
    const reordered = assignVendorColors(first, vendors('c', 'a', 'b'), 6);
    expect(slots(reordered, ['a', 'b', 'c'])).toEqual([0, 1, 2]);
  });

  it('gives a vendor that stops being the reference the next free colour, and one that becomes it grey', () => {
    let map = assignVendorColors(new Map(), vendors('none*', 'a', 'b'), 6);
    map = assignVendorColors(map, vendors('none', 'a*', 'b'), 6);
    // a's blue is not handed to none: a remembers it, and gets it back when it stops being the reference.
    expect(slots(map, ['none', 'a', 'b'])).toEqual([2, 'reference', 1]);
    map = assignVendorColors(map, vendors('none*', 'a', 'b'), 6);
    expect(slots(map, ['none', 'a', 'b'])).toEqual(['reference', 0, 1]);
  });
});

describe('VendorPalette', () => {
  it('maps ids to the palette\'s colours and the reference to grey, and remembers them', () => {
    const palette = new VendorPalette();
    const first = palette.colorsFor([{ id: 'none', reference: true }, { id: 'a' }, { id: 'b' }]);
    expect([...first]).toEqual([['none', REFERENCE_COLOR], ['a', VENDOR_PALETTE[0]], ['b', VENDOR_PALETTE[1]]]);
    const later = palette.colorsFor([{ id: 'none', reference: true }, { id: 'b' }]);
    expect(later.get('b')).toBe(VENDOR_PALETTE[1]);
    // A vendor removed from the draft keeps its colour for results still on screen.
    expect(later.get('a')).toBe(VENDOR_PALETTE[0]);
  });
});
