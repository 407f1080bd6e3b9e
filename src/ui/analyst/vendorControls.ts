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
 * Lists or unlists control `id` on a vendor, in place: a new control goes at the end as
 * a bare id (full coverage); unlisting removes every entry of it.
 *
 * @example
 * const controls = ['pciDss'];
 * setListed(controls, 'mfa', true); // controls is ['pciDss', 'mfa']
 * setListed(controls, 'pciDss', false); // controls is ['mfa']
 */
export function setListed(controls: unknown[], id: string, listed: boolean): void {
  if (listed) {
    if (controlIndex(controls, id) < 0) controls.push(id);
    return;
  }
  for (let i = controls.length - 1; i >= 0; i--) if (controlId(controls[i]) === id) controls.splice(i, 1);
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
 * A vendor to add: a fresh id, "New vendor", price 0, no controls.
 *
 * @example
 * newVendor([{ id: 'a' }]); // { id: 'vendor-2', name: 'New vendor', annualPrice: 0, controls: [] }
 */
export function newVendor(vendors: readonly unknown[]): { id: string; name: string; annualPrice: number; controls: VendorControl[] } {
  return { id: nextVendorId(vendors), name: 'New vendor', annualPrice: 0, controls: [] };
}
