import { isRecord } from '../draftJson.js';

/**
 * Names the scenario `name`; false, changing nothing, when it has that name already or
 * the draft is not an object.
 *
 * @example
 * setScenarioName(model, 'Retail BPO, 2022'); // true: model.name === 'Retail BPO, 2022'
 */
export function setScenarioName(json: unknown, name: string): boolean {
  if (!isRecord(json) || json.name === name) return false;
  json.name = name;
  return true;
}
