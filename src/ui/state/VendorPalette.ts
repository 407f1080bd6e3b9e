import { REFERENCE_COLOR, VENDOR_PALETTE } from '../charts/palette.js';
import { assignVendorColors, type ColorSlot } from './assignVendorColors.js';

/**
 * Each vendor's colour, by id, for as long as the page lives: assigned in scenario order
 * on the first call, kept through every edit (a removed vendor does not shift the others,
 * a new one takes the next free colour), grey for the vendor marked `reference`. Every
 * chart and editor reads the same map, so a vendor has one colour everywhere.
 *
 * @example
 * const palette = new VendorPalette();
 * palette.colorsFor([{ id: 'none', reference: true }, { id: 'a' }]); // Map { 'none' => '#8a8a8a', 'a' => '#1f5fa8' }
 */
export class VendorPalette {
  /** The slot of every id seen: not reactive, a memory of what each vendor has had. */
  private slots: ReadonlyMap<string, ColorSlot> = new Map();

  /** The colours of `vendors` (the draft's list, as edited), and of the vendors seen before. */
  colorsFor(vendors: unknown): Map<string, string> {
    const list = (Array.isArray(vendors) ? vendors : []).map((v) => ({
      id: String(v?.id ?? ''),
      reference: v?.reference === true,
    }));
    this.slots = assignVendorColors(this.slots, list, VENDOR_PALETTE.length);
    const colors = new Map<string, string>();
    for (const [id, { slot, reference }] of this.slots) {
      if (reference) colors.set(id, REFERENCE_COLOR);
      else if (slot !== undefined) colors.set(id, VENDOR_PALETTE[slot]);
    }
    return colors;
  }
}
