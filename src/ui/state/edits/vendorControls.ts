import { isRecord, plain, type DraftJson, type DraftObject } from '../draftJson.js';

/**
 * A vendor's control as written: a bare id (coverage 1) or `{ id, coverage }`, with the
 * vendor's own `annualCost` to add it or bring it to full coverage. Coverage 0 lists a
 * control the vendor lacks, to state that cost.
 */
export type VendorControl = string | { id: string; coverage: DraftJson; annualCost?: DraftJson };

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
 * Whether a vendor entry holds its control: listed with a coverage other than 0 (text
 * being typed counts as held, as the engine will report it).
 *
 * @example
 * isHeld('mfa'); // true
 * isHeld({ id: 'vdi', coverage: 0, annualCost: 80000 }); // false
 * isHeld(undefined); // false
 */
export function isHeld(entry: unknown): boolean {
  const coverage = coverageOf(entry);
  return coverage !== undefined && coverage !== 0;
}

/**
 * Where a vendor holds control `id` (`isHeld`), or -1: unlisted and coverage 0 alike.
 *
 * @example
 * heldIndex(['pciDss', { id: 'vdi', coverage: 0 }], 'vdi'); // -1
 */
export function heldIndex(controls: readonly unknown[], id: string): number {
  const index = controlIndex(controls, id);
  return index >= 0 && isHeld(controls[index]) ? index : -1;
}

/** Whether a vendor entry states its own `annualCost`. */
export function hasOwnCost(entry: unknown): boolean {
  return isRecord(entry) && entry.annualCost !== undefined;
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
 * stored as the bare id, anything else (text being typed too) as `{ id, coverage }`. An
 * entry that states its own `annualCost` stays an object and keeps it.
 *
 * @example
 * const controls: DraftJson[] = ['mfa', { id: 'vdi', coverage: 0, annualCost: 80000 }];
 * setCoverage(controls, 0, 0.6); // controls[0] is { id: 'mfa', coverage: 0.6 }
 * setCoverage(controls, 0, 1); // controls[0] is 'mfa'
 * setCoverage(controls, 1, 1); // controls[1] is { id: 'vdi', coverage: 1, annualCost: 80000 }
 */
export function setCoverage(controls: DraftJson[], index: number, coverage: DraftJson): void {
  const entry = controls[index];
  const id = controlId(entry);
  if (isRecord(entry) && hasOwnCost(entry)) entry.coverage = coverage;
  else controls[index] = coverage === 1 ? id : { id, coverage };
}

/** The vendor at `index` and its control list (an empty one put in when it has none). */
export function listOf(json: unknown, index: number): { vendor: DraftObject; controls: DraftJson[] } | undefined {
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
 * Gives or takes control `id` on the vendor at `vendorIndex`: the one way the page
 * changes which controls a vendor holds (the control matrix and the vendor editor both
 * come here, through `ScenarioDraft.setControl`). Taking it away remembers in `unlisted`
 * the coverage it had, and unlists it, except that an entry stating the vendor's own
 * `annualCost` stays, at coverage 0 (the vendor lacks it, the cost is kept). Giving it
 * restores the remembered coverage (full coverage the first time): a new entry is listed
 * last, an entry at coverage 0 keeps its place and its cost.
 *
 * @example
 * const unlisted: UnlistedCoverage = new Map();
 * setControl(model, 3, 'mfa', false, unlisted); // harbor lists no mfa; unlisted remembers 0.6
 * setControl(model, 3, 'mfa', true, unlisted); // harbor lists { id: 'mfa', coverage: 0.6 } again, last
 * // with { id: 'vdi', coverage: 0, annualCost: 80000 } listed:
 * setControl(model, 3, 'vdi', true, unlisted); // { id: 'vdi', coverage: 1, annualCost: 80000 }
 * setControl(model, 3, 'vdi', false, unlisted); // { id: 'vdi', coverage: 0, annualCost: 80000 }
 */
export function setControl(json: unknown, vendorIndex: number, id: string, listed: boolean, unlisted: UnlistedCoverage): void {
  const found = listOf(json, vendorIndex);
  if (!found) return;
  const key = JSON.stringify([String(found.vendor.id), id]);
  const index = controlIndex(found.controls, id);
  const entry = index >= 0 ? found.controls[index] : undefined;
  if (listed) {
    const restored = unlisted.get(key) ?? 1;
    if (index < 0) setListed(found.controls, id, true, restored);
    else if (!isHeld(entry)) setCoverage(found.controls, index, restored);
  } else if (index >= 0 && isHeld(entry)) {
    unlisted.set(key, plain(coverageOf(entry) ?? 1));
    if (hasOwnCost(entry)) setCoverage(found.controls, index, 0);
    else setListed(found.controls, id, false);
  }
}

/**
 * Gives control `id` to the vendor at `vendorIndex` when it does not hold it (unlisted,
 * or listed at coverage 0), else takes it away (`setControl`).
 *
 * @example
 * toggleControl(model, 3, 'mfa', new Map()); // harbor lists no mfa
 */
export function toggleControl(json: unknown, vendorIndex: number, id: string, unlisted: UnlistedCoverage): void {
  const vendors = isRecord(json) ? json.vendors : undefined;
  const vendor = Array.isArray(vendors) ? vendors[vendorIndex] : undefined;
  const controls = isRecord(vendor) ? vendor.controls : undefined;
  setControl(json, vendorIndex, id, !(Array.isArray(controls) && heldIndex(controls, id) >= 0), unlisted);
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
