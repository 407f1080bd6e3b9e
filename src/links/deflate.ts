/**
 * Raw deflate (RFC 1951) through the platform's `CompressionStream`, which browsers and
 * Node 18+ both have: no library, and the same bytes decode everywhere.
 *
 * @example
 * await inflateRaw(await deflateRaw(bytes), 1_000_000); // bytes again
 */
export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Thrown by `inflateRaw` when the output would pass its cap. */
export class InflateCapError extends Error {}

/**
 * Inflates raw deflate bytes, stopping as soon as the output passes `maxBytes` (so a
 * small link cannot expand into gigabytes). Throws `InflateCapError` past the cap, and
 * the platform's TypeError on bytes that are not valid deflate.
 */
export async function inflateRaw(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw new InflateCapError(`it expands past ${maxBytes.toLocaleString('en-US')} bytes`);
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
