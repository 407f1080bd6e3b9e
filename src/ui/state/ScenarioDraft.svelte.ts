import { validateScenario, type Scenario, type ScenarioError } from '../../engine/index.js';

/**
 * The scenario being edited: the JSON exactly as typed (a number field that holds "0.4x"
 * keeps "0.4x"), its validation by the engine's own rules, and the errors by path.
 * Nothing typed is thrown away: an invalid draft stays as it is until fixed.
 */
export class ScenarioDraft {
  /** The scenario as edited, deeply reactive. */
  json: any = $state();
  /** The engine's verdict on the draft. */
  readonly validation = $derived(validateScenario($state.snapshot(this.json)));
  /** The draft as a valid scenario, or undefined while it has errors. */
  readonly valid: Scenario | undefined = $derived(this.validation.ok ? this.validation.scenario : undefined);
  /**
   * What a run depends on: the valid scenario as text, without the risk tolerance (a
   * line on a chart, not an input of the simulation). Unchanged by edits that do not
   * change the numbers, so moving the tolerance starts no run.
   */
  readonly runKey: string | undefined = $derived(this.valid ? JSON.stringify({ ...this.valid, tolerance: undefined }) : undefined);
  /** The errors, path-named as the engine reports them. */
  readonly errors: ScenarioError[] = $derived(this.validation.ok ? [] : this.validation.errors);

  constructor(initial: unknown) {
    this.json = structuredClone(initial);
  }

  /** The first error at `path` exactly (`vendors[2].annualPrice`). */
  errorAt(path: string): string | undefined {
    return this.errors.find((e) => e.path === path)?.message;
  }

  /** Errors at `path` or inside it (`vendors[2]` covers `vendors[2].controls[0]`). */
  errorsWithin(path: string): ScenarioError[] {
    return this.errors.filter((e) => e.path === path || e.path.startsWith(`${path}.`) || e.path.startsWith(`${path}[`));
  }

  /** Replaces the whole draft (a loaded file, the default model). */
  replace(json: unknown): void {
    this.json = structuredClone(json);
  }
}
