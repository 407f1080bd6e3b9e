import { formatPath, type ScenarioError } from './formatIssues.js';
import { MAX_NESTING, MAX_SCENARIO_CHARACTERS } from './limits.js';

/** What `parseJson` makes of a text: the value, or the one problem that stops it. */
export type ParsedJson = { ok: true; value: unknown } | { ok: false; error: ScenarioError };

/**
 * Scenario text as JSON, stricter than `JSON.parse`: a leading byte-order mark is
 * accepted (and dropped); a text longer than `MAX_SCENARIO_CHARACTERS`, nested deeper than
 * `MAX_NESTING`, or with a key twice in one object is refused, naming where (`JSON.parse`
 * silently keeps the last of two keys, so one of two values the author wrote would be
 * ignored); a syntax error is given by line and column, with any invisible character named
 * by its code point. `nesting` replaces `MAX_NESTING` (a link, whose caps are its own, passes
 * Infinity). One pass over the text before `JSON.parse`, so a hostile text costs
 * no more than reading it.
 *
 * @example
 * parseJson('{"name": "a", "name": "b"}');
 * // { ok: false, error: { path: 'name', message: 'the key "name" appears twice in this object (line 1, column 15)' } }
 * parseJson('\uFEFF{"name": "a"}'); // { ok: true, value: { name: 'a' } }
 */
export function parseJson(input: string, { nesting = MAX_NESTING }: { nesting?: number } = {}): ParsedJson {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.length > MAX_SCENARIO_CHARACTERS) {
    const size = (n: number) => `${(n / 1e6).toLocaleString('en-US', { maximumFractionDigits: 1 })} million`;
    return fail('', `the text is ${size(text.length)} characters long, more than the ${size(MAX_SCENARIO_CHARACTERS)} a scenario may have`);
  }
  const problem = scan(text, nesting);
  if (problem) return { ok: false, error: problem };
  return { ok: true, value: JSON.parse(text) };
}

/** What is being read inside: an object (its keys so far and the current one) or an array (its entries so far). */
type Frame = { kind: 'object'; keys: Set<string>; key: string | undefined } | { kind: 'array'; count: number };

/** The first problem of `text` as JSON (syntax, depth, a repeated key), or undefined when it is sound. */
function scan(text: string, nesting: number): ScenarioError | undefined {
  const stack: Frame[] = [];
  let i = 0;
  const n = text.length;
  const pathHere = () => formatPath(stack.flatMap((f): PropertyKey[] => (f.kind === 'array' ? (f.count === 0 ? [] : [f.count - 1]) : f.key === undefined ? [] : [f.key])));
  const where = (at: number) => {
    let line = 1;
    let start = 0;
    for (let k = 0; k < at; k++) if (text.charCodeAt(k) === 10) [line, start] = [line + 1, k + 1];
    return `line ${line}, column ${at - start + 1}`;
  };
  const syntax = (at: number, expected: string) =>
    ({ path: pathHere(), message: `not valid JSON at ${where(at)}: expected ${expected}, got ${at >= n ? 'the end of the text' : shown(text, at)}` });
  const space = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
      i++;
    }
  };
  /** Reads a string at `i` (at its opening quote); its end, or a problem. */
  const string = (): number | ScenarioError => {
    const open = i++;
    for (;;) {
      if (i >= n) return syntax(i, `the closing quote of the text opened at ${where(open)}`);
      const c = text.charCodeAt(i);
      if (c === 34) return ++i;
      if (c < 32) return syntax(i, 'a character of text (a control character must be written as an escape such as \\n)');
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return syntax(i, 'four hexadecimal digits after \\u');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return syntax(i + 1, 'an escape (one of \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u)');
      } else i++;
    }
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  /** Reads one value at `i`, opening a frame for an object or an array. */
  const value = (): ScenarioError | undefined => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      if (stack.length >= nesting) return { path: pathHere(), message: `nested more than ${nesting} levels deep (at ${where(i)})` };
      stack.push(c === '{' ? { kind: 'object', keys: new Set(), key: undefined } : { kind: 'array', count: 0 });
      i++;
      return undefined;
    }
    if (c === '"') {
      const end = string();
      return typeof end === 'number' ? undefined : end;
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return undefined;
      }
    }
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return undefined;
    }
    return syntax(i, 'a value (an object, an array, text in double quotes, a number, true, false or null)');
  };

  let problem = value();
  while (!problem) {
    space();
    const frame = stack[stack.length - 1];
    if (!frame) {
      return i < n ? syntax(i, 'the end of the text after the value') : undefined;
    }
    const c = text[i];
    if (frame.kind === 'array') {
      // Just opened: a value or "]"; after an entry: "," and the next, or "]".
      if (c === ']') {
        stack.pop();
        i++;
        continue;
      }
      if (frame.count > 0) {
        if (c !== ',') return syntax(i, '"," or "]" after an entry');
        i++;
      }
      frame.count++;
      problem = value();
      continue;
    }
    // An object: just opened, a key or "}"; after a value, "," or "}".
    if (c === '}') {
      stack.pop();
      i++;
      continue;
    }
    if (frame.key !== undefined) {
      if (c !== ',') return syntax(i, '"," or "}" after a value');
      i++;
      space();
    }
    if (text[i] !== '"') return syntax(i, 'a key in double quotes');
    const start = i;
    const end = string();
    if (typeof end !== 'number') return end;
    const raw = text.slice(start + 1, end - 1);
    const key = raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw;
    if (frame.keys.has(key)) {
      frame.key = key;
      return { path: pathHere(), message: `the key ${JSON.stringify(key)} appears twice in this object (${where(start)}): give it once` };
    }
    frame.keys.add(key);
    frame.key = key;
    space();
    if (text[i] !== ':') return syntax(i, '":" after the key');
    i++;
    problem = value();
  }
  return problem;
}

/** A character of `text` at `at`, quoted, or named by its code point when it would not show. */
function shown(text: string, at: number): string {
  const code = text.codePointAt(at)!;
  const invisible = code < 32 || (code >= 0x7f && code <= 0x9f) || code === 0xfeff || (code >= 0x2000 && code <= 0x200f) ||
    (code >= 0x2028 && code <= 0x202e) || (code >= 0x2060 && code <= 0x206f) || code === 0x061c;
  return invisible ? `U+${code.toString(16).toUpperCase().padStart(4, '0')} (an invisible character)` : JSON.stringify(String.fromCodePoint(code));
}

function fail(path: string, message: string): ParsedJson {
  return { ok: false, error: { path, message } };
}
