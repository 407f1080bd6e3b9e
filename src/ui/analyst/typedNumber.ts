/** What a number field writes into the draft: a number, or the text as typed when it is not one. */
export type Typed = number | string;

/**
 * A number as a person writes it in decimal: an optional sign, digits with an optional
 * point (or a point and digits), an optional exponent. Not `Number`'s other forms, which
 * a person does not mean: hexadecimal `0x10` (16), binary `0b1`, octal `0o7`, `Infinity`.
 */
const DECIMAL = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/**
 * The value of a number field's text: a number when it is a finite decimal (`DECIMAL`; not
 * blank), the text itself otherwise, so that nothing typed is lost and the engine reports
 * the error ("expected a number, got \"0x10\""). With `percent`, the number is divided by
 * 100, and a trailing `%` is allowed.
 *
 * @example
 * parseTyped('0.4'); // 0.4
 * parseTyped('0.4x'); // '0.4x'
 * parseTyped('0x10'); // '0x10', not 16
 * parseTyped(''); // ''
 * parseTyped('60', true); // 0.6
 * parseTyped('10 %', true); // 0.1
 */
export function parseTyped(text: string, percent = false): Typed {
  if (text.trim() === '') return text;
  // A percentage may be typed with its sign: '10%' in a field of percentages is 10.
  const digits = percent ? text.trim().replace(/\s*%$/, '') : text;
  if (digits.trim() === '' || !DECIMAL.test(digits)) return text;
  const n = Number(digits);
  if (!Number.isFinite(n)) return text;
  return percent ? fromPercent(n) : n;
}

/**
 * The text a number field shows for a stored value: the number as JavaScript writes it
 * (times 100 with `percent`), a stored string as it is, nothing for anything else.
 *
 * @example
 * displayTyped(0.39); // '0.39'
 * displayTyped(0.29, true); // '29'
 * displayTyped('0.4x'); // '0.4x'
 * displayTyped(undefined); // ''
 */
export function displayTyped(value: unknown, percent = false): string {
  if (typeof value === 'number') return String(percent ? toPercent(value) : value);
  if (typeof value === 'string') return value;
  return '';
}

/**
 * Whether the text being typed already stands for the stored value (so the field keeps
 * the text, e.g. `0.` while the draft holds 0, and replaces it otherwise).
 *
 * @example
 * sameTyped('0.', 0); // true
 * sameTyped('0.5', 0.4); // false
 * sameTyped('60', 0.6, true); // true
 */
export function sameTyped(text: string, stored: unknown, percent = false): boolean {
  return Object.is(parseTyped(text, percent), stored);
}

/**
 * A number rounded to 15 significant digits, which removes the binary noise of
 * arithmetic on decimals (0.1 + 0.2) and keeps everything a person typed.
 *
 * @example
 * clean(0.1 + 0.2); // 0.3
 * clean(0.29 * 100); // 29
 */
export function clean(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(15)) : x;
}

/** @example toPercent(0.29); // 29 */
export function toPercent(x: number): number {
  return clean(x * 100);
}

/** @example fromPercent(29); // 0.29 */
export function fromPercent(x: number): number {
  return clean(x / 100);
}

/**
 * A typed value moved by `delta` (arrow keys in a number field); text that is not a
 * number stays as it is.
 *
 * @example
 * stepTyped(0.39, 0.01); // 0.4
 * stepTyped('abc', 1); // 'abc'
 */
export function stepTyped(value: unknown, delta: number): Typed | undefined {
  if (typeof value === 'number') return clean(value + delta);
  return typeof value === 'string' ? value : undefined;
}
