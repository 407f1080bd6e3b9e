import { untrack } from 'svelte';
import { validateScenario, type Scenario, type ScenarioError } from '../../engine/index.js';
import { asDraft, type DraftScenario, type JsonPath } from './draftJson.js';
import { setControl, toggleControl, type UnlistedCoverage } from './edits/index.js';
import { EditHistory, HISTORY_LIMIT } from './EditHistory.svelte.js';
import { patchJson } from './patchJson.js';
import { sameJson } from './sameJson.js';
import { sourceEdited } from './sourceEdited.js';

/** One step of a draft's history: the JSON as text, and the baseline it was edited from. */
export interface DraftState {
  readonly text: string;
  readonly baseline: unknown;
}

/**
 * The scenario being edited: the JSON exactly as typed (a number field that holds "0.4x"
 * keeps "0.4x"), its validation by the engine's own rules, and the errors by path.
 * Nothing typed is thrown away: an invalid draft stays as it is until fixed. It keeps the
 * scenario as loaded (the baseline) to tell what has been edited since.
 *
 * Edits write into `json` in place, through the functions of `./edits` (`setAt`,
 * `addVendor`, `renameName`, ...); `commit` (which the workspace calls after each change)
 * records them in the draft's history, for `undo` and `redo`.
 *
 * @example
 * const draft = new ScenarioDraft(model);
 * setAt(draft.json, ['frequency', 'annualIncidence', 'value'], 0.5);
 * draft.commit();
 * draft.undo(); // draft.json.frequency.annualIncidence.value === 0.39 again
 */
export class ScenarioDraft {
  /** The scenario as edited, deeply reactive: JSON as typed, valid or not (`DraftScenario`). */
  json: DraftScenario = $state(asDraft({}));
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
  /** The draft as JSON text, as it would be saved (strings typed into number fields included). */
  readonly text: string = $derived(JSON.stringify($state.snapshot(this.json)) ?? 'null');
  /** The errors, path-named as the engine reports them. */
  readonly errors: ScenarioError[] = $derived(this.validation.ok ? [] : this.validation.errors);
  /** The problems beyond those `errors` lists (the validator lists at most `MAX_LISTED_ERRORS`). */
  readonly omitted: number = $derived(this.validation.ok ? 0 : this.validation.omitted ?? 0);
  /** True once the draft differs in anything (the tolerance too) from the scenario as loaded. */
  readonly edited: boolean = $derived(!sameJson($state.snapshot(this.json), this.baseline));

  /**
   * The coverage each vendor's control had when it was last unlisted, by vendor id and
   * control id, so that listing it again restores it. Not reactive: a memory for as long
   * as the page lives.
   */
  private readonly unlistedCoverage: UnlistedCoverage = new Map();

  /** The draft's undo and redo, one step an edit (typing in one field makes one step). */
  readonly history: EditHistory<DraftState>;
  /** The text of the latest state in the history: what `commit` compares the draft with. */
  private recorded: string;

  /** A draft of `initial` (copied), edited since `baseline` (by default `initial` itself: nothing edited). */
  constructor(initial: unknown, baseline: unknown = initial, historyLimit = HISTORY_LIMIT) {
    this.baseline = structuredClone(baseline);
    this.json = asDraft(structuredClone(initial));
    this.recorded = untrack(() => this.text);
    this.history = new EditHistory<DraftState>({ text: this.recorded, baseline: this.baseline }, historyLimit);
  }

  get canUndo(): boolean {
    return this.history.canUndo;
  }

  get canRedo(): boolean {
    return this.history.canRedo;
  }

  /**
   * Records the draft as it is now as a step of its history, when it changed since the
   * last step. Consecutive commits with the same `key` (the path of the field being typed
   * into) make one step, until `seal`.
   */
  commit(key?: string): void {
    const text = untrack(() => this.text);
    if (text === this.recorded) return;
    this.recorded = text;
    this.history.record({ text, baseline: this.baseline }, key);
  }

  /** Ends the step being typed: the next edit is a step of its own. */
  seal(): void {
    this.history.seal();
  }

  /** Takes the latest step back; false when there is none. */
  undo(): boolean {
    this.commit();
    const state = this.history.undo();
    if (state) this.show(state);
    return state !== undefined;
  }

  /** Brings back the step the latest `undo` took back; false when there is none. */
  redo(): boolean {
    this.commit();
    const state = this.history.redo();
    if (state) this.show(state);
    return state !== undefined;
  }

  /**
   * Replaces the draft with `json` (the default model), which becomes the baseline, as
   * one step that `undo` takes back (the edits and the baseline before it).
   */
  resetTo(json: unknown): void {
    this.commit();
    this.baseline = structuredClone(json);
    if (!patchJson(this.json, json)) this.json = asDraft(structuredClone(json));
    this.recorded = untrack(() => this.text);
    this.history.record({ text: this.recorded, baseline: this.baseline });
  }

  /** Shows a state of the history, changing the JSON in place where it differs (so the page keeps its focus). */
  private show(state: DraftState): void {
    const json: unknown = JSON.parse(state.text);
    this.baseline = state.baseline;
    if (!patchJson(this.json, json)) this.json = asDraft(json);
    // The same data, though perhaps with its keys in another order: nothing to record.
    this.recorded = untrack(() => this.text);
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
   * Gives or takes control `id` on the vendor at `vendorIndex`: the one way the page
   * changes which controls a vendor holds (the control matrix and the vendor editor both
   * call it). Taking it remembers the coverage the control had (an entry stating the
   * vendor's own cost stays, at coverage 0); giving it again restores that coverage (full
   * coverage the first time). See `setControl` of `./edits`.
   */
  setControl(vendorIndex: number, id: string, listed: boolean): void {
    setControl(this.json, vendorIndex, id, listed, this.unlistedCoverage);
  }

  /** Gives control `id` to the vendor at `vendorIndex` when it does not hold it (unlisted or at coverage 0), else takes it (`setControl`). */
  toggleControl(vendorIndex: number, id: string): void {
    toggleControl(this.json, vendorIndex, id, this.unlistedCoverage);
  }

  /** Replaces the whole draft, which becomes the new baseline, and starts its history afresh. */
  replace(json: unknown): void {
    this.baseline = structuredClone(json);
    this.json = asDraft(structuredClone(json));
    this.recorded = untrack(() => this.text);
    this.history.restart({ text: this.recorded, baseline: this.baseline });
  }
}
