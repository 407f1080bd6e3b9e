import { isRecord, plain, type DraftJson } from '../draftJson.js';
import type { VendorControl } from './vendorControls.js';

/** A vendor as the page adds one. */
export type NewVendor = {
  id: string;
  name: string;
  annualPrice: number | string;
  controls: VendorControl[];
};

/**
 * An id no vendor has: `vendor-N` with N the number of vendors after adding one, or the
 * next free number after it.
 *
 * @example
 * nextVendorId([{ id: 'a' }, { id: 'b' }]); // 'vendor-3'
 * nextVendorId([{ id: 'vendor-2' }]); // 'vendor-3'
 */
export function nextVendorId(vendors: readonly unknown[]): string {
  const taken = new Set(vendors.map((v) => (isRecord(v) ? v.id : undefined)));
  let n = vendors.length + 1;
  while (taken.has(`vendor-${n}`)) n++;
  return `vendor-${n}`;
}

/**
 * A name no vendor has: "New vendor", else "New vendor 2", "New vendor 3", ... (names
 * compared trimmed and case-blind, as people read them).
 *
 * @example
 * newVendorName([{ name: 'Acme' }]); // 'New vendor'
 * newVendorName([{ name: 'New vendor' }, { name: 'new vendor 2' }]); // 'New vendor 3'
 */
export function newVendorName(vendors: readonly unknown[]): string {
  const key = (name: unknown) => String(name ?? '').trim().toLowerCase();
  const taken = new Set(vendors.map((v) => (isRecord(v) ? key(v.name) : '')));
  if (!taken.has('new vendor')) return 'New vendor';
  let n = 2;
  while (taken.has(`new vendor ${n}`)) n++;
  return `New vendor ${n}`;
}

/**
 * A vendor to add: a fresh id, a fresh name, no controls, and no price yet (an empty
 * price, which the engine reports until one is typed: a vendor must not count, let alone
 * win, before it has a price).
 *
 * @example
 * newVendor([{ id: 'a', name: 'Acme' }]); // { id: 'vendor-2', name: 'New vendor', annualPrice: '', controls: [] }
 */
export function newVendor(vendors: readonly unknown[]): NewVendor {
  return { id: nextVendorId(vendors), name: newVendorName(vendors), annualPrice: '', controls: [] };
}

/**
 * Adds a new vendor (`newVendor`) at the end of the list (the list created when there is
 * none) and returns its index; -1, changing nothing, when the draft is not an object.
 *
 * @example
 * addVendor(model); // 5: model.vendors[5] is { id: 'vendor-6', name: 'New vendor', annualPrice: '', controls: [] }
 */
export function addVendor(json: unknown): number {
  if (!isRecord(json)) return -1;
  if (!Array.isArray(json.vendors)) json.vendors = [];
  const vendors = json.vendors;
  return vendors.push(newVendor(plain(vendors))) - 1;
}

/**
 * Removes the vendor at `index`, in place (the others keep their order).
 *
 * @example
 * removeVendor(model, 2); // the third vendor is gone
 */
export function removeVendor(json: unknown, index: number): void {
  const vendors = isRecord(json) ? json.vendors : undefined;
  if (Array.isArray(vendors) && index >= 0 && index < vendors.length) vendors.splice(index, 1);
}

/**
 * Replaces the vendors whole with a copy of `vendors` (JSON data: the vendors an import
 * read): one assignment, one step of the draft's history.
 *
 * @example
 * replaceVendors(model, [{ id: 'a', name: 'Acme', annualPrice: 1, controls: [] }]); // model.vendors is that list
 */
export function replaceVendors(json: unknown, vendors: readonly unknown[]): void {
  if (isRecord(json)) json.vendors = structuredClone([...vendors]) as DraftJson[];
}

/**
 * Marks the vendor at `index` as the reference (shown for scale, never ranked) or unmarks
 * it, in place. At most one vendor is the reference: marking one removes the mark from
 * every other. Unmarked vendors have no `reference` key at all (it is deleted, never
 * written as false).
 *
 * @example
 * const json = { vendors: [{ id: 'none', reference: true }, { id: 'a' }] };
 * setReference(json, 1, true); // json.vendors is [{ id: 'none' }, { id: 'a', reference: true }]
 * setReference(json, 1, false); // json.vendors is [{ id: 'none' }, { id: 'a' }]
 */
export function setReference(json: unknown, index: number, reference: boolean): void {
  const vendors: DraftJson | undefined = isRecord(json) ? json.vendors : undefined;
  if (!Array.isArray(vendors)) return;
  vendors.forEach((vendor, i) => {
    if (!isRecord(vendor)) return;
    if (i === index && reference) vendor.reference = true;
    else if (i === index || reference) delete vendor.reference;
  });
}
