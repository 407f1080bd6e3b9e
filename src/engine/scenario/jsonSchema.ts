import { z } from 'zod';
import { scenarioSchema } from './schema.js';

/**
 * The scenario format as JSON Schema (draft 2020-12), for editors' autocompletion.
 * It says what JSON Schema can: structure, types, ranges, names of fields. The rules that
 * relate fields (shares summing to 1, names that must exist) are checked by
 * `validateScenario` only. `models/scenario.schema.json` is this, written by `npm run schema`.
 *
 * @example
 * scenarioJsonSchema().properties.format; // { type: 'string', const: 'breach-scenario/1' }
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'breach-scenario-1.schema.json',
    title: 'breach-scenario/1',
    description:
      'A breach risk scenario: breach frequency and loss magnitude with no controls, a catalogue of controls and their effects, and the vendors to compare.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
