/**
 * Scenario links: a scenario in a URL fragment, compressed, checksummed and versioned, and
 * the base models a link may be written against. Pure (no DOM, no Node APIs beyond the
 * platform's CompressionStream), used by the page and the CLI alike.
 */
export { encodeLink, decodeLink, LINK_VERSION } from './linkCodec.js';
export type { LinkEnvelope, LinkFacts, DecodedLink, Bases } from './linkCodec.js';
export { diffJson, applyPatch, PatchError } from './jsonPatch.js';
export type { Json, PatchOp } from './jsonPatch.js';
export { BASE_MODELS } from './baseModels.js';
export type { BaseModel } from './baseModels.js';
export { baseHash } from './baseHash.js';
export { LINK_LIMITS } from './linkLimits.js';
export { checkLimits } from './checkLimits.js';
