import type { Bases, Json } from '../../src/links/index.js';
import { BASE_MODELS } from '../../src/links/index.js';
import { readJson } from './fixtures.js';

/** The base models links may name, read from the files the app ships (as the CLI reads them). */
export function shippedBases(): Bases {
  return new Map(BASE_MODELS.map((b) => [b.hash, readJson(b.file) as Json]));
}
