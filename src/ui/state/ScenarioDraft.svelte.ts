import { validateScenario, type Scenario, type ScenarioError } from '../../engine/index.js';
import type { JsonPath } from '../analyst/pathAccess.js';
import { controlIndex, setListed } from '../analyst/vendorControls.js';
import { sameJson } from './sameJson.js';
import { sourceEdited } from './sourceEdited.js';

/**
 * The scenario being edited: the JSON exactly as typed (a number field that holds "0.4x"
 * keeps "0.4x"), its validation by the engine's own rules, and the errors by path.
 * Nothing typed is thrown away: an invalid draft stays as it is until fixed. It keeps the
 * scenario as loaded (the baseline) to tell what has been edited since.
 */
export class ScenarioDraft {
  /** The scenario as edited, deeply reactive. */
  json: any = $state();
  /** The scenario as loaded (the constructor's, or the latest `replace`), never edited. */
  baseline: unknown = $state.raw();
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
  /** True once the draft differs in anything (the tolerance too) from the scenario as loaded. */
  readonly edited: boolean = $derived(!sameJson($state.snapshot(this.json), this.baseline));

  /**
   * The coverage each vendor's control had when it was last unlisted, by vendor id and
   * control id, so that listing it again restores it. Not reactive: a memory for as long
   * as the page lives.
   */
  private readonly unlistedCoverage = new Map<string, unknown>();

  constructor(initial: unknown) {
    this.replace(initial);
  }

  /** The first error at `path` exactly (`vendors[2].annualPrice`). */
  errorAt(path: string): string | undefined {
    return this.errors.find((e) => e.path === path)?.message;
  }

  /** Errors at `path` or inside it (`vendors[2]` covers `vendors[2].controls[0]`). */
  errorsWithin(path: string): ScenarioError[] {
    return this.errors.filter((e) => e.path === path || e.path.startsWith(`${path}.`) || e.path.startsWith(`${path}[`));
  }

  /**
   * Whether the source held by the object at `path` is of a value edited since loading
   * (see `sourceEdited`): `['frequency', 'annualIncidence']`, `['vendors', 2]`, `['magnitude']`.
   */
  sourceEdited(path: JsonPath): boolean {
    return sourceEdited(this.json, this.baseline, path);
  }

  /**
   * Lists or unlists control `id` on the vendor at `vendorIndex`: the one way the page
   * changes a vendor's controls (the control matrix and the vendor editor both call it).
   * Unlisting remembers the coverage the control had; listing it again restores that
   * coverage (full coverage, a bare id, the first time).
   */
  setControl(vendorIndex: number, id: string, listed: boolean): void {
    const vendor = this.json.vendors[vendorIndex];
    if (!Array.isArray(vendor.controls)) vendor.controls = [];
    const key = JSON.stringify([String(vendor.id), id]);
    if (listed) {
      setListed(vendor.controls, id, true, this.unlistedCoverage.get(key) ?? 1);
    } else {
      const coverage = setListed(vendor.controls, id, false);
      if (coverage !== undefined) this.unlistedCoverage.set(key, $state.snapshot(coverage));
    }
  }

  /** Lists control `id` on the vendor at `vendorIndex` when it is not listed, else unlists it (`setControl`). */
  toggleControl(vendorIndex: number, id: string): void {
    const controls = this.json.vendors[vendorIndex].controls;
    this.setControl(vendorIndex, id, !(Array.isArray(controls) && controlIndex(controls, id) >= 0));
  }

  /** Replaces the whole draft (a loaded file, the default model), which becomes the new baseline. */
  replace(json: unknown): void {
    this.baseline = structuredClone(json);
    this.json = structuredClone(json);
  }
}
