/** A vendor's control as written: a bare id (coverage 1) or `{ id, coverage }`. */
export type VendorControl = string | { id: string; coverage: unknown };

/** @example controlId({ id: 'mfa', coverage: 0.6 }); // 'mfa' */
export function controlId(entry: unknown): string {
  if (typeof entry === 'string') return entry;
  if (entry !== null && typeof entry === 'object') return String((entry as { id?: unknown }).id ?? '');
  return '';
}

/**
 * Where a vendor lists control `id`, or -1.
 *
 * @example
 * controlIndex(['pciDss', { id: 'mfa', coverage: 0.6 }], 'mfa'); // 1
 */
export function controlIndex(controls: readonly unknown[], id: string): number {
  return controls.findIndex((entry) => controlId(entry) === id);
}

/**
 * The coverage of a listed control: 1 for a bare id, the stored value (a number, or text
 * being typed) otherwise.
 *
 * @example
 * coverageOf('mfa'); // 1
 * coverageOf({ id: 'mfa', coverage: 0.6 }); // 0.6
 */
export function coverageOf(entry: unknown): unknown {
  if (typeof entry === 'string') return 1;
  return entry !== null && typeof entry === 'object' ? (entry as { coverage?: unknown }).coverage : undefined;
}

/**
 * Lists or unlists control `id` on a vendor, in place. Listing puts it at the end with
 * `coverage` (1, the default, as the bare id; anything else as `{ id, coverage }`), or
 * leaves it as it is when already listed. Unlisting removes every entry of it and returns
 * the coverage the first one had (undefined when it was not listed), for the caller to
 * remember. Use it through `ScenarioDraft.setControl`, which remembers that coverage.
 *
 * @example
 * const controls: unknown[] = ['pciDss', { id: 'mfa', coverage: 0.6 }];
 * setListed(controls, 'mfa', false); // 0.6; controls is ['pciDss']
 * setListed(controls, 'mfa', true, 0.6); // controls is ['pciDss', { id: 'mfa', coverage: 0.6 }]
 * setListed(controls, 'vpn', true); // controls is [..., 'vpn']
 */
export function setListed(controls: unknown[], id: string, listed: boolean, coverage: unknown = 1): unknown {
  if (listed) {
    if (controlIndex(controls, id) < 0) controls.push(coverage === 1 ? id : { id, coverage });
    return undefined;
  }
  const first = controlIndex(controls, id);
  const removed = first < 0 ? undefined : coverageOf(controls[first]);
  for (let i = controls.length - 1; i >= 0; i--) if (controlId(controls[i]) === id) controls.splice(i, 1);
  return removed;
}

/**
 * Sets the coverage of the control at `index`, in place: a coverage of exactly 1 is
 * stored as the bare id, anything else (text being typed too) as `{ id, coverage }`.
 *
 * @example
 * const controls: unknown[] = ['mfa'];
 * setCoverage(controls, 0, 0.6); // controls is [{ id: 'mfa', coverage: 0.6 }]
 * setCoverage(controls, 0, 1); // controls is ['mfa']
 */
export function setCoverage(controls: unknown[], index: number, coverage: number | string): void {
  const id = controlId(controls[index]);
  controls[index] = coverage === 1 ? id : { id, coverage };
}

/**
 * An id no vendor has: `vendor-N` with N the number of vendors after adding one, or the
 * next free number after it.
 *
 * @example
 * nextVendorId([{ id: 'a' }, { id: 'b' }]); // 'vendor-3'
 * nextVendorId([{ id: 'vendor-2' }]); // 'vendor-3'
 */
export function nextVendorId(vendors: readonly unknown[]): string {
  const taken = new Set(vendors.map((v) => (v !== null && typeof v === 'object' ? (v as { id?: unknown }).id : undefined)));
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
  const taken = new Set(vendors.map((v) => (v !== null && typeof v === 'object' ? key((v as { name?: unknown }).name) : '')));
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
export function newVendor(vendors: readonly unknown[]): { id: string; name: string; annualPrice: number | string; controls: VendorControl[] } {
  return { id: nextVendorId(vendors), name: newVendorName(vendors), annualPrice: '', controls: [] };
}
