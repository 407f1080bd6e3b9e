/** What the assignment needs of a vendor. */
export interface ColoredVendor {
  id: string;
  reference: boolean;
}

/**
 * A vendor's colour: grey while it is the reference, else its slot of the palette. A
 * reference vendor may keep the slot it had, for when it stops being the reference.
 */
export interface ColorSlot {
  slot: number | undefined;
  reference: boolean;
}

/**
 * The colour slots after the vendor list has become `vendors`, given those each id had
 * before (`previous`, which also remembers vendors since removed). A vendor keeps its
 * slot; the reference vendor is grey (and keeps the slot it had, unused); a vendor
 * without a slot (new, or no longer the reference) takes, in scenario order, the first
 * slot that no vendor holds and no removed or reference vendor remembers, else the first
 * that no vendor holds, else the least used; whoever remembered it forgets it. So on first
 * load the vendors get slots 0, 1, 2, ... in scenario order, and no edit changes another
 * vendor's colour. Pure: returns a new map. O(vendors x slots).
 *
 * @example
 * const first = assignVendorColors(new Map(), [{ id: 'none', reference: true }, { id: 'a', reference: false }, { id: 'b', reference: false }], 6);
 * // none: { slot: undefined, reference: true }, a: slot 0, b: slot 1
 * assignVendorColors(first, [{ id: 'b', reference: false }, { id: 'c', reference: false }], 6);
 * // b: slot 1 still, c: slot 2 (a's slot 0 stays remembered for a)
 */
export function assignVendorColors(
  previous: ReadonlyMap<string, ColorSlot>,
  vendors: readonly ColoredVendor[],
  size: number,
): Map<string, ColorSlot> {
  const next = new Map(previous);
  const holding = new Set<string>();
  const held = new Array<number>(size).fill(0);
  const waiting: string[] = [];
  for (const { id, reference } of vendors) {
    const slot = next.get(id)?.slot;
    const kept = slot !== undefined && slot < size ? slot : undefined;
    next.set(id, { slot: kept, reference });
    if (reference || holding.has(id)) continue;
    if (kept === undefined) {
      if (!waiting.includes(id)) waiting.push(id);
    } else {
      holding.add(id);
      held[kept]++;
    }
  }
  for (const id of waiting) {
    const remembered = new Set<number | undefined>();
    for (const [other, entry] of next) if (!holding.has(other)) remembered.add(entry.slot);
    let best = 0;
    let bestScore = Infinity;
    for (let slot = 0; slot < size; slot++) {
      const score = held[slot] * 2 + (remembered.has(slot) ? 1 : 0);
      if (score < bestScore) [best, bestScore] = [slot, score];
    }
    for (const [other, entry] of next) if (entry.slot === best && !holding.has(other)) next.set(other, { ...entry, slot: undefined });
    next.set(id, { slot: best, reference: false });
    holding.add(id);
    held[best]++;
  }
  return next;
}
