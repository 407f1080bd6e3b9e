import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchema } from '../engine/index.js';

/** Writes models/scenario.schema.json from the scenario schema (`npm run schema`). */
const target = fileURLToPath(new URL('../../models/scenario.schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
process.stderr.write(`wrote ${target}\n`);
