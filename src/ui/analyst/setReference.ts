/**
 * Marks the vendor at `index` as the reference (shown for scale, never ranked) or unmarks
 * it, in place. At most one vendor is the reference: marking one removes the mark from
 * every other. Unmarked vendors have no `reference` key at all (it is deleted, never
 * written as false).
 *
 * @example
 * const vendors: Record<string, unknown>[] = [{ id: 'none', reference: true }, { id: 'a' }];
 * setReference(vendors, 1, true); // vendors is [{ id: 'none' }, { id: 'a', reference: true }]
 * setReference(vendors, 1, false); // vendors is [{ id: 'none' }, { id: 'a' }]
 */
export function setReference(vendors: unknown[], index: number, reference: boolean): void {
  vendors.forEach((vendor, i) => {
    if (vendor === null || typeof vendor !== 'object') return;
    const record = vendor as Record<string, unknown>;
    if (i === index && reference) record.reference = true;
    else if (i === index || reference) delete record.reference;
  });
}
