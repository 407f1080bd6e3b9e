import { isRecord, plain, type DraftJson, type DraftObject } from '../draftJson.js';

/** A vendor's control as written: a bare id (coverage 1) or `{ id, coverage }`. */
export type VendorControl = string | { id: string; coverage: DraftJson };

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
export function coverageOf(entry: unknown): DraftJson | undefined {
  if (typeof entry === 'string') return 1;
  return isRecord(entry) ? entry.coverage : undefined;
}

/**
 * Lists or unlists control `id` on a vendor, in place. Listing puts it at the end with
 * `coverage` (1, the default, as the bare id; anything else as `{ id, coverage }`), or
 * leaves it as it is when already listed. Unlisting removes every entry of it and returns
 * the coverage the first one had (undefined when it was not listed), for the caller to
 * remember. Use it through `setControl`, which remembers that coverage.
 *
 * @example
 * const controls: DraftJson[] = ['pciDss', { id: 'mfa', coverage: 0.6 }];
 * setListed(controls, 'mfa', false); // 0.6; controls is ['pciDss']
 * setListed(controls, 'mfa', true, 0.6); // controls is ['pciDss', { id: 'mfa', coverage: 0.6 }]
 * setListed(controls, 'vpn', true); // controls is [..., 'vpn']
 */
export function setListed(controls: DraftJson[], id: string, listed: boolean, coverage: DraftJson = 1): DraftJson | undefined {
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
 * const controls: DraftJson[] = ['mfa'];
 * setCoverage(controls, 0, 0.6); // controls is [{ id: 'mfa', coverage: 0.6 }]
 * setCoverage(controls, 0, 1); // controls is ['mfa']
 */
export function setCoverage(controls: DraftJson[], index: number, coverage: number | string): void {
  const id = controlId(controls[index]);
  controls[index] = coverage === 1 ? id : { id, coverage };
}

/** The vendor at `index` and its control list (an empty one put in when it has none). */
function listOf(json: unknown, index: number): { vendor: DraftObject; controls: DraftJson[] } | undefined {
  const vendors = isRecord(json) ? json.vendors : undefined;
  const vendor = Array.isArray(vendors) ? vendors[index] : undefined;
  if (!isRecord(vendor)) return undefined;
  if (!Array.isArray(vendor.controls)) vendor.controls = [];
  return { vendor, controls: vendor.controls };
}

/**
 * The coverage each vendor's control had when it was last unlisted, by vendor id and
 * control id, so that listing it again restores it.
 */
export type UnlistedCoverage = Map<string, DraftJson>;

/**
 * Lists or unlists control `id` on the vendor at `vendorIndex`: the one way the page
 * changes which controls a vendor has (the control matrix and the vendor editor both come
 * here, through `ScenarioDraft.setControl`). Unlisting remembers in `unlisted` the coverage
 * the control had; listing it again restores that coverage (full coverage, a bare id,
 * the first time).
 *
 * @example
 * const unlisted: UnlistedCoverage = new Map();
 * setControl(model, 3, 'mfa', false, unlisted); // harbor lists no mfa; unlisted remembers 0.6
 * setControl(model, 3, 'mfa', true, unlisted); // harbor lists { id: 'mfa', coverage: 0.6 } again, last
 */
export function setControl(json: unknown, vendorIndex: number, id: string, listed: boolean, unlisted: UnlistedCoverage): void {
  const found = listOf(json, vendorIndex);
  if (!found) return;
  const key = JSON.stringify([String(found.vendor.id), id]);
  if (listed) {
    setListed(found.controls, id, true, unlisted.get(key) ?? 1);
  } else {
    const coverage = setListed(found.controls, id, false);
    if (coverage !== undefined) unlisted.set(key, plain(coverage));
  }
}

/**
 * Lists control `id` on the vendor at `vendorIndex` when it is not listed, else unlists
 * it (`setControl`).
 *
 * @example
 * toggleControl(model, 3, 'mfa', new Map()); // harbor lists no mfa
 */
export function toggleControl(json: unknown, vendorIndex: number, id: string, unlisted: UnlistedCoverage): void {
  const vendors = isRecord(json) ? json.vendors : undefined;
  const vendor = Array.isArray(vendors) ? vendors[vendorIndex] : undefined;
  const controls = isRecord(vendor) ? vendor.controls : undefined;
  setControl(json, vendorIndex, id, !(Array.isArray(controls) && controlIndex(controls, id) >= 0), unlisted);
}

/**
 * Sets the coverage of control `id` on the vendor at `vendorIndex` (`setCoverage`); nothing
 * when the vendor does not list it.
 *
 * @example
 * setVendorCoverage(model, 3, 'mfa', 0.8); // harbor's mfa is { id: 'mfa', coverage: 0.8 }
 */
export function setVendorCoverage(json: unknown, vendorIndex: number, id: string, coverage: number | string): void {
  const found = listOf(json, vendorIndex);
  const index = found ? controlIndex(found.controls, id) : -1;
  if (found && index >= 0) setCoverage(found.controls, index, coverage);
}
