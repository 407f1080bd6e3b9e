import retailBpo2021 from '../../../models/retail-bpo-2021.json' with { type: 'json' };
import { BASE_MODELS, type Bases, type Json } from '../../links/index.js';

/** The files of the base models, as the page ships them: one import per file of `BASE_MODELS`. */
const FILES: Record<string, Json> = { 'models/retail-bpo-2021.json': retailBpo2021 as unknown as Json };

/** The base models the page's links may name, by hash (a test checks every one is here, unchanged). */
export const LINK_BASES: Bases = new Map(BASE_MODELS.map((b) => [b.hash, FILES[b.file]]));
