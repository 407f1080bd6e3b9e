import { errorLine, MAX_SCENARIO_CHARACTERS, parseJson } from '../../engine/index.js';

/** A file read as a scenario: its JSON (valid as a scenario or not), or what is wrong with it as a file. */
export type ParsedFile = { ok: true; json: unknown } | { ok: false; message: string };

/** Files larger than this are refused unread (UTF-8 takes at most 4 bytes a character): a scenario is a few kB. */
export const MAX_SCENARIO_FILE_BYTES = 4 * MAX_SCENARIO_CHARACTERS;

/**
 * The JSON in the text of file `name` (read by the engine's `parseJson`: a byte-order mark
 * accepted; a repeated key, too deep a nesting or too long a text refused), or a message
 * that names the file and the problem (empty, not JSON and where), for the page to show
 * while it changes nothing. Whether the JSON is a valid scenario is for the engine to say,
 * once it is open.
 *
 * @example
 * parseScenarioFile('a.json', '{"format": "breach-scenario/1"}'); // { ok: true, json: { format: 'breach-scenario/1' } }
 * parseScenarioFile('notes.txt', 'hello'); // { ok: false, message: 'notes.txt is not a JSON file: not valid JSON at line 1, column 1: expected a value …' }
 */
export function parseScenarioFile(name: string, text: string): ParsedFile {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, message: `${name} is empty: a scenario file holds breach-scenario/1 JSON.` };
  const parsed = parseJson(body);
  if (parsed.ok) return { ok: true, json: parsed.value };
  return { ok: false, message: `${name} is not a JSON file: ${errorLine(parsed.error)}.` };
}

/**
 * Reads `file` (a picked or dropped one) as `parseScenarioFile` does; a file too large
 * to be a scenario, or one that cannot be read, gives a message too.
 *
 * @example
 * await readScenarioFile(input.files[0]); // { ok: true, json: { … } }
 */
export async function readScenarioFile(file: File): Promise<ParsedFile> {
  if (file.size > MAX_SCENARIO_FILE_BYTES) {
    return { ok: false, message: `${file.name} is too large to be a scenario (${(file.size / 1e6).toFixed(1)} MB; a scenario is a few kB).` };
  }
  try {
    return parseScenarioFile(file.name, await file.text());
  } catch (error) {
    return { ok: false, message: `${file.name} could not be read: ${error instanceof Error ? error.message : String(error)}.` };
  }
}
