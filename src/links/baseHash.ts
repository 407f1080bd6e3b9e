import { digestBytes } from '../engine/index.js';
import type { Json } from './jsonPatch.js';

/**
 * The hash that names a base model: the FNV-1a digest of its minified JSON text.
 *
 * @example
 * baseHash(JSON.parse(defaultModelText)); // the hash pinned in BASE_MODELS
 */
export function baseHash(model: Json): string {
  return digestBytes(new TextEncoder().encode(JSON.stringify(model)));
}
