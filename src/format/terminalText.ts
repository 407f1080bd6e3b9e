/**
 * The characters a terminal would act on rather than print: the C0 controls but tab and
 * line feed (escape sequences start with ESC, U+001B), DEL and the C1 controls, and the
 * Unicode bidirectional controls (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to
 * U+2069), which can make text read in another order than it is stored.
 */
const UNPRINTABLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text from a scenario made safe for a terminal: every character of `UNPRINTABLE` removed,
 * so that a vendor named with an escape sequence cannot recolour, move or hide what the
 * table prints, nor reverse a line's reading order.
 *
 * @example
 * terminalText('Evil\u001b[31mRED\u202e'); // 'Evil[31mRED'
 * terminalText('Harbor Support\n'); // 'Harbor Support\n'
 */
export function terminalText(text: string): string {
  return text.replace(UNPRINTABLE, '');
}

/**
 * A copy of `value` with `terminalText` applied to every string inside it (object keys
 * too), for output laid out for a terminal: the table measures the names it aligns after
 * they are made safe, so its columns stay straight. Numbers and the shape are untouched.
 *
 * @example
 * terminalSafe({ name: 'A\u001b[2J', figures: [1, 2] }); // { name: 'A[2J', figures: [1, 2] }
 */
export function terminalSafe<T>(value: T): T {
  if (typeof value === 'string') return terminalText(value) as T;
  if (Array.isArray(value)) return value.map((item) => terminalSafe(item)) as T;
  if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [terminalText(key), terminalSafe(item)])) as T;
  }
  return value;
}
