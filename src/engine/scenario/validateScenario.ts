import type { z } from 'zod';
import { scenarioSchema, type Scenario } from './schema.js';
import { crossFieldRules, formatNumber, type IsClean } from './crossFieldRules.js';
import { errorLine, formatPath, type ScenarioError } from './formatIssues.js';
import { MAX_LISTED_ERRORS } from './limits.js';
import { parseJson } from './parseJson.js';
import { runRules } from './runRules.js';

export type ValidationResult =
  | { ok: true; scenario: Scenario }
  /** `errors` lists at most `MAX_LISTED_ERRORS`; `omitted` counts the problems beyond them. */
  | { ok: false; errors: ScenarioError[]; omitted?: number };

/**
 * Checks a parsed JSON value against the `breach-scenario/1` format in one pass:
 * structure, types and ranges (the schema), and the rules that relate fields (shares
 * summing to 1, names that must exist, unique ids and names, distribution supports, the
 * bounds of `limits.ts`), the latter on every part whose structure is valid, so that one
 * error never hides another. Never fixes anything silently: every problem comes back
 * with the path of its field, structural ones first.
 *
 * @example
 * validateScenario({ ...example, vendors: [{ ...a, controls: ['mfx'] }] });
 * // { ok: false, errors: [{ path: 'vendors[0].controls[0]', message: 'unknown control "mfx"' }] }
 */
export function validateScenario(input: unknown): ValidationResult {
  const parsed = scenarioSchema.safeParse(input, { reportInput: true });
  const structural = parsed.success ? [] : parsed.error.issues;
  const errors = structural.flatMap((issue) => describeIssue(issue, []));
  const issues = crossFieldRules(input, cleanOf(structural));
  errors.push(...issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })));
  if (errors.length > 0 || !parsed.success) return failure(errors);
  const runIssues = runRules(parsed.data);
  if (runIssues.length > 0) return failure(runIssues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })));
  return { ok: true, scenario: parsed.data };
}

/** A failed validation listing the first `MAX_LISTED_ERRORS` problems and counting the rest. */
function failure(errors: ScenarioError[]): ValidationResult {
  if (errors.length <= MAX_LISTED_ERRORS) return { ok: false, errors };
  return { ok: false, errors: errors.slice(0, MAX_LISTED_ERRORS), omitted: errors.length - MAX_LISTED_ERRORS };
}

/**
 * The problems of a failed validation as lines, the omitted ones counted in a last line.
 *
 * @example
 * problemLines(validateScenario(json)); // ['vendors[0].name: expected a string, got nothing', ..., 'and 12 more problems']
 */
export function problemLines(result: { errors: readonly ScenarioError[]; omitted?: number }): string[] {
  const lines = result.errors.map(errorLine);
  if (result.omitted) lines.push(`and ${result.omitted.toLocaleString('en-US')} more ${result.omitted === 1 ? 'problem' : 'problems'}`);
  return lines;
}

/**
 * Whether a path is free of structural issues: none at it, inside it, or at a part
 * that holds it. An unknown field counts at its own path, not its parent's.
 */
function cleanOf(issues: readonly Issue[]): IsClean {
  const paths = issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path]);
  if (paths.length === 0) return () => true;
  const keyed = paths.map((p) => p.map(String));
  return (path) => {
    const at = path.map(String);
    return !keyed.some((p) => {
      const n = Math.min(p.length, at.length);
      for (let i = 0; i < n; i++) if (p[i] !== at[i]) return false;
      return true;
    });
  };
}

/** Thrown by `parseScenario` with every error found. */
export class ScenarioValidationError extends Error {
  constructor(readonly errors: ScenarioError[]) {
    super(errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('\n'));
    this.name = 'ScenarioValidationError';
  }
}

/**
 * A scenario from JSON text (read by `parseJson`: a byte-order mark accepted, a repeated
 * key refused); throws a `ScenarioValidationError` listing its problems (a JSON syntax
 * error is reported with its line and column).
 *
 * @example
 * parseScenario(fileText).name; // 'Retail e-commerce customer service: BPO shortlist'
 */
export function parseScenario(text: string): Scenario {
  const parsed = parseJson(text);
  if (!parsed.ok) throw new ScenarioValidationError([parsed.error]);
  const result = validateScenario(parsed.value);
  if (!result.ok) throw new ScenarioValidationError(result.errors);
  return result.scenario;
}

type Issue = z.core.$ZodIssue;

function describeIssue(issue: Issue, prefix: PropertyKey[]): ScenarioError[] {
  const path = [...prefix, ...issue.path];
  const at = (message: string, extra: PropertyKey[] = []) => ({ path: formatPath([...path, ...extra]), message });
  switch (issue.code) {
    case 'invalid_union': {
      if (issue.errors.length === 0) {
        const { options, discriminator, input } = issue as { options?: unknown[]; discriminator?: string; input?: unknown };
        if (!options) return [at(issue.message)];
        const given = discriminator && input && typeof input === 'object' ? (input as Record<string, unknown>)[discriminator] : input;
        return [at(`expected ${options.map((o) => JSON.stringify(o)).join(' or ')}, got ${describeValue(given)}`)];
      }
      const branch = bestBranch(issue.errors);
      const rootOnly = branch.every((i) => i.path.length === 0 && i.code === 'invalid_type');
      if (rootOnly && (issue as { input?: unknown }).input === '') return [at('is empty: a number is needed')];
      if (rootOnly && issue.errors.length > 1) {
        const input = (issue as { input?: unknown }).input;
        if (input === undefined) return [at(`is missing: ${unionExpectation(issue.errors)} is needed`)];
        return [at(`expected ${unionExpectation(issue.errors)}, got ${describeValue(input)}`)];
      }
      return branch.flatMap((inner) => describeIssue(inner, path));
    }
    case 'invalid_type':
      if (issue.input === '' && issue.expected === 'number') return [at('is empty: a number is needed')];
      if (issue.input === undefined) return [at(`is missing: ${article(issue.expected)} is needed`)];
      return [at(`expected ${article(issue.expected)}, got ${describeValue(issue.input)}`)];
    case 'invalid_key':
      return (issue as { issues: Issue[] }).issues.flatMap((inner) => describeIssue({ ...inner, path: [] } as Issue, path));
    case 'unrecognized_keys':
      return issue.keys.map((key) => at('unknown field', [key]));
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'string') return [at(lengthMessage('at least', Number(issue.minimum), issue.origin as 'array' | 'string', issue.input))];
      return [at(`must be ${issue.inclusive === false ? '>' : '>='} ${formatNumber(Number(issue.minimum))}; got ${describeValue(issue.input)}`)];
    case 'too_big':
      if (issue.origin === 'array' || issue.origin === 'string') return [at(lengthMessage('at most', Number(issue.maximum), issue.origin as 'array' | 'string', issue.input))];
      return [at(`must be ${issue.inclusive === false ? '<' : '<='} ${formatNumber(Number(issue.maximum))}; got ${describeValue(issue.input)}`)];
    case 'invalid_value':
      return [at(`expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${describeValue(issue.input)}`)];
    case 'invalid_format':
      return [at(`${issue.message.replace(/^Invalid string: /, '')}; got ${describeValue(issue.input)}`)];
    case 'not_multiple_of':
      return [at(`must be a multiple of ${String(issue.divisor)}; got ${describeValue(issue.input)}`)];
    default:
      return [at(issue.message)];
  }
}

/**
 * The union branch the value was most likely meant for: the one whose issues point
 * deepest into the value, then the one with the fewest missing or unknown fields (a
 * `{ "value": "abc" }` is a sourced number with a bad value, not a distribution missing
 * its `dist`), then the earliest.
 */
function bestBranch(branches: Issue[][]): Issue[] {
  let best = branches[0];
  let bestDepth = -1;
  let bestPenalty = Infinity;
  for (const branch of branches) {
    const depth = Math.max(...branch.map((i) => i.path.length + (i.code === 'invalid_type' && i.path.length === 0 ? 0 : 0.5)));
    const penalty = branch.filter(isMissingOrUnknown).length;
    if (depth > bestDepth || (depth === bestDepth && penalty < bestPenalty)) {
      best = branch;
      bestDepth = depth;
      bestPenalty = penalty;
    }
  }
  return best;
}

function isMissingOrUnknown(issue: Issue): boolean {
  if (issue.code === 'unrecognized_keys') return true;
  if (issue.code === 'invalid_type') return (issue as { input?: unknown }).input === undefined;
  return issue.code === 'invalid_union' && issue.errors.length === 0;
}

function unionExpectation(branches: Issue[][]): string {
  const kinds = new Set<string>();
  for (const branch of branches) for (const i of branch) if (i.code === 'invalid_type') kinds.add(i.expected);
  const words = [...kinds].map((k) => (k === 'object' ? 'an object' : article(k)));
  return words.length ? words.join(' or ') : 'another value';
}

/** "must have at least 2 entries; got 1", "must be at least 1 character long; got 0". */
function lengthMessage(bound: 'at least' | 'at most', limit: number, origin: 'array' | 'string', input: unknown): string {
  const length = Array.isArray(input) || typeof input === 'string' ? input.length : undefined;
  const word = origin === 'array' ? 'entr' : 'character';
  const plural = (n: number) => (origin === 'array' ? (n === 1 ? 'entry' : 'entries') : n === 1 ? word : `${word}s`);
  const wanted = origin === 'array' ? `must have ${bound} ${limit} ${plural(limit)}` : `must be ${bound} ${limit} ${plural(limit)} long`;
  return length === undefined ? wanted : `${wanted}; got ${length}`;
}

function article(type: string): string {
  if (type === 'int') return 'an integer';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}
