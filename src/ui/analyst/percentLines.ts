import { toPercent } from './typedNumber.js';

const WORDS: Record<string, string> = { '<=': 'at most', '>=': 'at least', '<': 'less than', '>': 'more than' };
const NUMBER = String.raw`-?\d+(?:\.\d+)?(?:e[+-]?\d+)?`;
const BOUND = new RegExp(String.raw`^must be (<=|>=|<|>) (${NUMBER})(?:; got (${NUMBER}))?$`);

/**
 * The engine's messages for a field shown as a percentage, with a bound and the value
 * written in percent as the field shows them (the engine states fractions); any other
 * message is kept as it is.
 *
 * @example
 * percentLines(['must be <= 1; got 1.5']); // ['must be at most 100%; got 150%']
 * percentLines(['must be > -0.5; got -0.6']); // ['must be more than -50%; got -60%']
 * percentLines(['expected a number, got "abc"']); // unchanged
 */
export function percentLines(lines: readonly string[]): string[] {
  return lines.map((line) => {
    const match = BOUND.exec(line);
    if (!match) return line;
    const [, relation, bound, got] = match;
    const percent = (text: string) => `${toPercent(Number(text))}%`;
    return `must be ${WORDS[relation]} ${percent(bound)}${got === undefined ? '' : `; got ${percent(got)}`}`;
  });
}
