import { digestBytes, errorLine, parseJson } from '../engine/index.js';
import { fromBase64Url, toBase64Url } from './base64url.js';
import { checkLimits } from './checkLimits.js';
import { deflateRaw, inflateRaw, InflateCapError } from './deflate.js';
import { applyPatch, diffJson, PatchError, type Json, type PatchOp } from './jsonPatch.js';
import { LINK_LIMITS } from './linkLimits.js';

/** The link format this code writes: the fragment starts `b1.`. */
export const LINK_VERSION = 1 as const;

/** The scenario formats a link may carry, and the one the page runs. */
const SCENARIO_FORMAT = 'breach-scenario/1';

/**
 * What a link carries, inside its compressed payload: the link format, the scenario
 * format, the sender's engine version, when the link was made (ISO 8601), the digest of
 * the sender's final results when there were any, and the scenario, whole or as the
 * changes from a base model the app ships (named by its hash).
 */
export interface LinkEnvelope {
  link: typeof LINK_VERSION;
  format: string;
  engine: string;
  made: string;
  digest?: string;
  base?: string;
  patch?: PatchOp[];
  scenario?: Json;
}

/** What a link says about itself, besides its scenario. */
export interface LinkFacts {
  engine: string;
  made: string;
  digest?: string;
  /** The base model the link is written against, when it names one. */
  base?: string;
}

/** A link decoded: the scenario as JSON (not yet validated) and what the link says of itself, or the reason it cannot be read. */
export type DecodedLink = { ok: true; scenario: Json; facts: LinkFacts } | { ok: false; problem: string };

/** Base models by hash: the scenarios a link may be written against. */
export type Bases = ReadonlyMap<string, Json>;

/**
 * The fragment (without `#`) of a link to `scenario` (any JSON: a draft with errors too):
 * `b1.<checksum>.<payload>`, the payload the envelope's JSON, raw-deflated and
 * base64url-encoded, the checksum the first 8 hex digits of the FNV-1a digest of that
 * JSON. Written against whichever base makes it shortest, or whole.
 *
 * @example
 * await encodeLink(json, { engine: '2.0.0', made: '2026-12-02T15:40:00.000Z', digest: 'e15c40dcfa84978b' }, bases);
 * // 'b1.3f9a0c12.q1ZKy0...'
 */
export async function encodeLink(scenario: Json, facts: Omit<LinkFacts, 'base'>, bases: Bases): Promise<string> {
  const head = { link: LINK_VERSION, format: SCENARIO_FORMAT, engine: facts.engine, made: facts.made, ...(facts.digest ? { digest: facts.digest } : {}) };
  const candidates: LinkEnvelope[] = [{ ...head, scenario }];
  for (const [hash, base] of bases) candidates.push({ ...head, base: hash, patch: diffJson(base, scenario) });
  const texts = candidates.map((c) => JSON.stringify(c));
  const encoded = await Promise.all(texts.map(async (text) => {
    const bytes = new TextEncoder().encode(text);
    return `b${LINK_VERSION}.${checksum(bytes)}.${toBase64Url(await deflateRaw(bytes))}`;
  }));
  return encoded.reduce((best, e) => (e.length < best.length ? e : best));
}

/**
 * The scenario a link carries, from the whole address, the fragment with its `#`, or the
 * fragment alone. A link is untrusted: its caps (`LINK_LIMITS`) are checked first, its
 * checksum proves it undamaged, and every way it can fail comes back as a sentence for
 * people (`problem`), never as a scenario it does not hold. The scenario itself is not
 * validated here: the caller validates it like a file.
 *
 * @example
 * await decodeLink('https://example.org/#b1.3f9a0c12.q1ZKy0...', bases);
 * // { ok: true, scenario: {...}, facts: { engine: '2.0.0', made: '2026-12-02T15:40:00.000Z', digest: 'e15c40dcfa84978b', base: '...' } }
 * await decodeLink('#b1.00000000.q1ZK', bases); // { ok: false, problem: 'The link is damaged: ...' }
 */
export async function decodeLink(address: string, bases: Bases): Promise<DecodedLink> {
  const hash = address.indexOf('#');
  const fragment = (hash >= 0 ? address.slice(hash + 1) : /^[a-z]+:\/\//i.test(address) ? '' : address).trim();
  if (fragment.length === 0) return fail('The address holds no scenario link (nothing after "#").');
  if (fragment.length > LINK_LIMITS.fragmentLength) {
    return fail(`The link is too long to open: ${fragment.length.toLocaleString('en-US')} characters after "#" (at most ${LINK_LIMITS.fragmentLength.toLocaleString('en-US')}).`);
  }
  const parts = /^b(\d{1,4})\.(.*)$/s.exec(fragment);
  if (!parts) return fail('This is not a scenario link: it should start with "#b1.".');
  const version = Number(parts[1]);
  const decoder = DECODERS[version];
  if (!decoder) {
    return fail(version > LINK_VERSION
      ? `The link was made by a newer version of this app (link format b${version}); this page reads up to b${LINK_VERSION}. Open it with the newer version.`
      : `Link format b${version} is unknown.`);
  }
  return decoder(parts[2], bases);
}

/** Decoders by link format version: each reads its own format into today's result. A released version is never removed. */
const DECODERS: Record<number, (rest: string, bases: Bases) => Promise<DecodedLink>> = { 1: decodeVersion1 };

async function decodeVersion1(rest: string, bases: Bases): Promise<DecodedLink> {
  const damaged = (why: string) => fail(`The link is damaged (${why}): it may have been cut short or changed when it was copied. Ask the sender for it again.`);
  const parts = /^([0-9a-f]{8})\.([A-Za-z0-9_-]+)$/.exec(rest);
  if (!parts) return damaged('its parts are not where they should be');
  const compressed = fromBase64Url(parts[2]);
  if (!compressed) return damaged('it is not base64url');
  let bytes: Uint8Array;
  try {
    bytes = await inflateRaw(compressed, LINK_LIMITS.decompressedBytes);
  } catch (error) {
    if (error instanceof InflateCapError) return fail(`The link is too big to open: ${error.message}.`);
    return damaged('it does not decompress');
  }
  if (checksum(bytes) !== parts[1]) return damaged('its checksum does not match');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return damaged('it is not UTF-8 text');
  }
  // The link's own caps (nesting, counts, lengths) follow, with the link's words.
  const parsed = parseJson(text, { nesting: Infinity });
  if (!parsed.ok) return damaged(parsed.error.message.startsWith('not valid JSON') ? 'it is not JSON' : errorLine(parsed.error));
  const envelope: unknown = parsed.value;
  const over = checkLimits(envelope);
  if (over) return fail(`The link is too big to open: ${over}.`);
  if (!isRecord(envelope) || envelope.link !== 1 || typeof envelope.engine !== 'string' || typeof envelope.made !== 'string') {
    return damaged('its envelope is incomplete');
  }
  if (envelope.format !== SCENARIO_FORMAT) {
    return fail(`The link holds a ${JSON.stringify(envelope.format)} scenario; this page reads ${SCENARIO_FORMAT}.`);
  }
  const facts: LinkFacts = { engine: envelope.engine, made: envelope.made };
  if (typeof envelope.digest === 'string' && /^[0-9a-f]{16}$/.test(envelope.digest)) facts.digest = envelope.digest;
  if (envelope.base === undefined) {
    if (envelope.scenario === undefined) return damaged('it holds no scenario');
    return { ok: true, scenario: envelope.scenario as Json, facts };
  }
  const base = typeof envelope.base === 'string' ? bases.get(envelope.base) : undefined;
  if (base === undefined) {
    return fail(`The link is written against a base model this page does not have (${String(envelope.base)}): open it with the version of the app that made it.`);
  }
  if (!Array.isArray(envelope.patch)) return damaged('it holds no changes to its base model');
  try {
    return { ok: true, scenario: applyPatch(base, envelope.patch), facts: { ...facts, base: envelope.base as string } };
  } catch (error) {
    if (error instanceof PatchError) return damaged(`its changes do not fit its base model: ${error.message}`);
    throw error;
  }
}

/** The first 8 hex digits of the FNV-1a digest of the bytes. */
function checksum(bytes: Uint8Array): string {
  return digestBytes(bytes).slice(0, 8);
}

function fail(problem: string): DecodedLink {
  return { ok: false, problem };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
