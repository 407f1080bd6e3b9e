import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenario, type Scenario } from '../../src/engine/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The raw JSON of a file under the repository root. */
export function readJson(path: string): any {
  return JSON.parse(readFileSync(root + path, 'utf8'));
}

/** The scenario example of the format's specification, as given there. */
export function issueExample(): any {
  return readJson('test/fixtures/issue-example.json');
}

/** The default model. */
export function defaultModel(): Scenario {
  return parseScenario(readFileSync(root + 'models/retail-bpo-2021.json', 'utf8'));
}

export const repositoryRoot = root;
