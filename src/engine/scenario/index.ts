export { scenarioSchema, distribution as distributionSchema } from './schema.js';
export type { Scenario, DistributionInput, SourcedNumber } from './schema.js';
export { validateScenario, parseScenario, ScenarioValidationError } from './validateScenario.js';
export type { ValidationResult } from './validateScenario.js';
export { crossFieldRules, SHARE_TOLERANCE } from './crossFieldRules.js';
export { formatPath, errorLine } from './formatIssues.js';
export type { ScenarioError } from './formatIssues.js';
export { numberValue, toDistribution } from './parameters.js';
export { scenarioJsonSchema } from './jsonSchema.js';
