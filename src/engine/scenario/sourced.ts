import { z } from 'zod';
import { MAX_TEXT_LENGTH } from './limits.js';

/** The `source` of a figure. */
export const source = z.string().max(MAX_TEXT_LENGTH).describe('Where this figure comes from: a report, a page, or "analyst estimate".');

/**
 * A number written plainly or as `{ "value": n, "source": "..." }`.
 *
 * @example
 * sourced(z.number().min(0)).parse({ value: 0.02, source: 'IBM 2024' }); // { value: 0.02, source: 'IBM 2024' }
 */
export function sourced<T extends z.ZodNumber>(value: T) {
  return z.union([value, z.strictObject({ value, source: source.optional() })]);
}
