/**
 * A scenario as the text of a `.json` file: the `breach-scenario/1` JSON that the command
 * line reads, pretty-printed with two spaces, ending in a newline.
 *
 * @example
 * scenarioFileText({ format: 'breach-scenario/1', name: 'a' }); // '{\n  "format": "breach-scenario/1",\n  "name": "a"\n}\n'
 */
export function scenarioFileText(json: unknown): string {
  return `${JSON.stringify(json, null, 2)}\n`;
}
