/**
 * A scenario key (a vector, component or amplifier name) in words, lower case: camelCase
 * split, dashes and underscores as spaces. For labels the engine writes itself, such as
 * an effect's targets, where the scenario gives only the key.
 *
 * @example
 * keyWords('cloudMisconfiguration'); // 'cloud misconfiguration'
 * keyWords('third_party-software'); // 'third party software'
 */
export function keyWords(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]+/g, ' ').toLowerCase();
}
