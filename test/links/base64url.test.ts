import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromBase64Url, toBase64Url } from '../../src/links/base64url.js';

describe('base64url', () => {
  it('matches Node\'s own base64url encoder, and round-trips every byte string', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      const text = toBase64Url(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64url'));
      expect(fromBase64Url(text)).toEqual(bytes);
    }), { numRuns: 300, seed: 7 });
  });

  it('refuses characters outside the alphabet, impossible lengths and non-canonical endings', () => {
    expect(fromBase64Url('ab$d')).toBeUndefined();
    expect(fromBase64Url('abcde')).toBeUndefined(); // 5 characters cannot come from whole bytes
    expect(fromBase64Url('-_8')).toEqual(new Uint8Array([251, 255]));
    expect(fromBase64Url('-_9')).toBeUndefined(); // the same bytes with a non-zero unused bit
  });
});
