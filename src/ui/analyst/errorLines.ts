import type { ScenarioError } from '../../engine/index.js';

/**
 * The messages of errors at or inside `base`, each prefixed by where inside it is
 * (`mode: expected a number, got "abc"`); an error on the field itself, or on the
 * `value` of a `{ value, source }`, has no prefix.
 *
 * @example
 * errorLines('controls.mfa.effects[0].reduction', [
 *   { path: 'controls.mfa.effects[0].reduction.mode', message: 'expected a number, got "abc"' },
 * ]); // ['mode: expected a number, got "abc"']
 */
export function errorLines(base: string, errors: readonly ScenarioError[]): string[] {
  return errors.map((e) => {
    const inner = relativePath(base, e.path);
    return inner === '' || inner === 'value' ? e.message : `${inner}: ${e.message}`;
  });
}

/**
 * Where `path` lies inside `base`, written without the leading dot.
 *
 * @example
 * relativePath('vendors[2]', 'vendors[2].controls[0]'); // 'controls[0]'
 * relativePath('vendors[2]', 'vendors[2]'); // ''
 */
export function relativePath(base: string, path: string): string {
  if (!path.startsWith(base)) return path;
  return path.slice(base.length).replace(/^\./, '');
}

/**
 * Whether an error inside a distribution concerns the parameter `param`: an error on
 * that parameter does, one on another parameter does not, and one on the whole
 * distribution (or anywhere else in it) concerns every parameter.
 *
 * @example
 * concernsParam('r', 'r.mode', 'mode', ['min', 'mode', 'max']); // true
 * concernsParam('r', 'r.min', 'mode', ['min', 'mode', 'max']); // false
 * concernsParam('r', 'r', 'mode', ['min', 'mode', 'max']); // true
 */
export function concernsParam(base: string, path: string, param: string, params: readonly string[]): boolean {
  const inner = relativePath(base, path);
  return inner === param || !params.includes(inner);
}

/**
 * What an effect acts on, for people: `vectors: credentials, phishing`.
 *
 * @example
 * effectTargets({ vectors: ['credentials', 'phishing'] }); // 'vectors: credentials, phishing'
 * effectTargets({}); // 'no target'
 */
export function effectTargets(effect: unknown): string {
  if (effect === null || typeof effect !== 'object') return 'no target';
  const record = effect as Record<string, unknown>;
  const parts = (['vectors', 'components', 'amplifiers'] as const)
    .filter((kind) => Array.isArray(record[kind]))
    .map((kind) => `${kind}: ${(record[kind] as unknown[]).map(String).join(', ')}`);
  return parts.length ? parts.join('; ') : 'no target';
}
