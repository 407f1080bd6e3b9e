/**
 * A random id of 16 hex digits, for drafts and saved scenarios. Uses
 * `crypto.getRandomValues`, which (unlike `crypto.randomUUID`) pages served over plain
 * http have too.
 *
 * @example
 * newId(); // '9f86d081884c7d65'
 */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
