import { isRecord, type DraftJson } from '../state/draftJson.js';
import { controlIndex, coverageOf, hasOwnCost, isHeld } from '../state/edits/index.js';

/**
 * How a vendors CSV writes control `id` of a vendor's list: `no` when the vendor does not
 * hold it (unlisted, or listed at coverage 0 to state its cost), `yes` at full coverage,
 * else the coverage (or the text being typed).
 *
 * @example
 * controlCell(['mfa', { id: 'vdi', coverage: 0.5 }], 'vdi'); // 0.5
 * controlCell([{ id: 'vdi', coverage: 0, annualCost: 80000 }], 'vdi'); // 'no'
 */
export function controlCell(controls: readonly unknown[], id: string): string | number {
  const c = controlIndex(controls, id);
  if (c < 0 || !isHeld(controls[c])) return 'no';
  const coverage = coverageOf(controls[c]);
  if (coverage === 1) return 'yes';
  return typeof coverage === 'number' ? coverage : String(coverage ?? '');
}

/**
 * The entry an import stores for control `id`, from the vendor's old entry (undefined
 * when it had none) and the coverage its CSV cell holds (undefined for `no`). The old
 * entry stays as it was where its coverage is unchanged; one that states the vendor's own
 * annual cost keeps it, at coverage 0 for `no` (which the CSV does not hold); otherwise
 * full coverage is the bare id and `no` lists nothing (undefined).
 *
 * @example
 * importedEntry({ id: 'vdi', coverage: 0, annualCost: 80000 }, 'vdi', 1); // { id: 'vdi', coverage: 1, annualCost: 80000 }
 * importedEntry({ id: 'mfa', coverage: 0.5, annualCost: 3000 }, 'mfa', undefined); // { id: 'mfa', coverage: 0, annualCost: 3000 }
 * importedEntry('mfa', 'mfa', undefined); // undefined
 * importedEntry(undefined, 'mfa', 0.5); // { id: 'mfa', coverage: 0.5 }
 */
export function importedEntry(old: unknown, id: string, wanted: number | undefined): DraftJson | undefined {
  if (wanted === undefined) {
    if (!isRecord(old) || !hasOwnCost(old)) return undefined;
    return isHeld(old) ? { ...old, coverage: 0 } : old;
  }
  if (old !== undefined && coverageOf(old) === wanted) return old as DraftJson;
  if (isRecord(old) && hasOwnCost(old)) return { ...old, coverage: wanted };
  return wanted === 1 ? id : { id, coverage: wanted };
}

/**
 * A vendor's own annual cost of control `id` as text, for a list of changes: the number
 * (or text typed), `none` when it states none.
 *
 * @example
 * ownCostText([{ id: 'vdi', coverage: 0, annualCost: { value: 80000, source: 'Quote' } }], 'vdi'); // '80000'
 * ownCostText(['vdi'], 'vdi'); // 'none'
 */
export function ownCostText(controls: readonly unknown[], id: string): string {
  const entry = controls[controlIndex(controls, id)];
  if (!isRecord(entry) || entry.annualCost === undefined) return 'none';
  const cost = entry.annualCost;
  return String(isRecord(cost) ? cost.value : cost);
}
