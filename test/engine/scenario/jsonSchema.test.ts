import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../../src/engine/index.js';
import { repositoryRoot } from '../../helpers/fixtures.js';

describe('models/scenario.schema.json', () => {
  it('is the schema the validator uses (regenerate with `npm run schema`)', () => {
    const committed = JSON.parse(readFileSync(`${repositoryRoot}models/scenario.schema.json`, 'utf8'));
    expect(committed).toEqual(scenarioJsonSchema());
  });

  it('describes the fields editors should complete', () => {
    const schema = scenarioJsonSchema() as any;
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'name', 'currency', 'simulation', 'frequency', 'magnitude', 'controls', 'vendors']));
    expect(schema.properties.controls.additionalProperties.properties.question.enum).toEqual(['pci', 'payments', 'pii', 'remote-agents']);
    expect(schema.additionalProperties).toBe(false);
  });
});
