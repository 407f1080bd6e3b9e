import { clean } from './typedNumber.js';
import { keyWords } from '../../engine/index.js';

/** The sum of a share map, and whether every share in it is a number. */
export interface ShareTotal {
  total: number;
  complete: boolean;
}

/**
 * The running total of shares written plainly or as `{ value, source }`; shares that
 * are not numbers (text being typed) are left out and make the total incomplete.
 *
 * @example
 * shareTotal({ a: { value: 0.2 }, b: 0.7 }); // { total: 0.9, complete: true }
 * shareTotal({ a: 0.5, b: '0.5x' }); // { total: 0.5, complete: false }
 */
export function shareTotal(shares: unknown): ShareTotal {
  let total = 0;
  let complete = true;
  if (shares === null || typeof shares !== 'object') return { total, complete: false };
  for (const share of Object.values(shares)) {
    const v = share !== null && typeof share === 'object' ? (share as { value?: unknown }).value : share;
    if (typeof v === 'number' && Number.isFinite(v)) total += v;
    else complete = false;
  }
  return { total: clean(total), complete };
}

/**
 * A camelCase key for people: words split, the first capitalised.
 *
 * @example
 * humanize('businessEmailCompromise'); // 'Business email compromise'
 * humanize('pciDss'); // 'Pci dss'
 */
export function humanize(key: string): string {
  const words = keyWords(key);
  return words.charAt(0).toUpperCase() + words.slice(1);
}
