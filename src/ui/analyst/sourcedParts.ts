import { isRecord } from '../state/draftJson.js';

/**
 * The number (or raw typed text) of a plain or sourced number, and its source.
 *
 * @example
 * sourcedParts({ value: 0.2, source: 'IBM 2021' }); // { value: 0.2, source: 'IBM 2021' }
 * sourcedParts(0.2); // { value: 0.2, source: undefined }
 */
export function sourcedParts(input: unknown): { value: unknown; source: string | undefined } {
  if (isRecord(input)) return { value: input.value, source: typeof input.source === 'string' ? input.source : undefined };
  return { value: input, source: undefined };
}
