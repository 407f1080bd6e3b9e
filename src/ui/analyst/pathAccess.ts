import { isRecord } from '../state/draftJson.js';

/**
 * Reading the draft at a path. `getAt` and `JsonPath` live with the draft's type
 * (`state/draftJson`), `setAt` and `writeParam` with its edits (`state/edits`); the
 * fields of this folder take all four from here.
 */
export { getAt, type JsonPath } from '../state/draftJson.js';
export { setAt, writeParam } from '../state/edits/index.js';

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
