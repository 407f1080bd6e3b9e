import { formatPath } from '../../engine/index.js';
import { diffJson, type Json } from '../../links/index.js';

/** One assumption that differs from the default model: where, and both values as short text. */
export interface Difference {
  path: string;
  before: string;
  after: string;
}

/**
 * The assumptions in which `scenario` differs from `model`, each with both values: one
 * line per changed number or text, a whole part (a vendor added, a reordered map) as one
 * line, `source` texts left out (they describe, they do not change a figure).
 *
 * @example
 * modelDifferences(defaultModel, edited);
 * // [{ path: 'frequency.annualIncidence.value', before: '0.39', after: '0.45' }]
 */
export function modelDifferences(model: Json, scenario: Json): Difference[] {
  const at = (root: Json, path: (string | number)[]): Json | undefined => {
    let node: Json | undefined = root;
    for (const key of path) node = node !== null && typeof node === 'object' ? (node as Record<string, Json>)[key as string] : undefined;
    return node;
  };
  return diffJson(model, scenario)
    .filter((op) => op[1][op[1].length - 1] !== 'source')
    .map((op) => {
      const path = op[1];
      const before = at(model, path);
      const after = op[0] === 's' ? op[2] : op[0] === 't' ? `${op[2]} items` : undefined;
      return { path: formatPath(path) || 'the whole scenario', before: short(before), after: op[0] === 't' ? String(after) : short(after as Json | undefined) };
    });
}

function short(value: Json | undefined): string {
  if (value === undefined) return '(none)';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
