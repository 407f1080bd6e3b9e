/** How many steps a draft's history keeps by default; the oldest go first. */
export const HISTORY_LIMIT = 200;

/**
 * Undo and redo over whole states (`S`: a draft's JSON text and baseline): `record` a
 * new state after each edit, `undo` and `redo` hand back the state to show. Edits that
 * carry the same `key` one after the other (keystrokes in one field: the key is the
 * field's path) make one step, until `seal` (the field is left) or a step of another
 * key. At most `limit` steps are kept. `canUndo` and `canRedo` are reactive.
 *
 * @example
 * const history = new EditHistory('a');
 * history.record('ab', 'name');
 * history.record('abc', 'name'); // the same field: one step
 * history.undo(); // 'a'
 * history.redo(); // 'abc'
 */
export class EditHistory<S> {
  /** The state shown now. */
  present: S;
  private past: S[] = [];
  private future: S[] = [];
  /** The key of the latest step while it may still grow; undefined once sealed. */
  private openKey: string | undefined;
  private pastCount = $state(0);
  private futureCount = $state(0);

  constructor(present: S, private readonly limit = HISTORY_LIMIT) {
    this.present = present;
  }

  get canUndo(): boolean {
    return this.pastCount > 0;
  }

  get canRedo(): boolean {
    return this.futureCount > 0;
  }

  /** Steps that `undo` can take back. */
  get undoCount(): number {
    return this.pastCount;
  }

  /**
   * `next` is the state now: a new step, or the latest step grown when `key` is that
   * step's and it is not sealed. Clears what `redo` would have brought back.
   */
  record(next: S, key?: string): void {
    if (key === undefined || key !== this.openKey || this.past.length === 0) {
      this.past.push(this.present);
      if (this.past.length > this.limit) this.past.splice(0, this.past.length - this.limit);
    }
    this.present = next;
    this.future = [];
    this.openKey = key;
    this.counts();
  }

  /** Ends the latest step: the next edit makes a new one, whatever its key. */
  seal(): void {
    this.openKey = undefined;
  }

  /** The state before the latest step (which `redo` can bring back), or undefined when there is none. */
  undo(): S | undefined {
    const previous = this.past.pop();
    if (previous === undefined) return undefined;
    this.future.push(this.present);
    this.present = previous;
    this.openKey = undefined;
    this.counts();
    return previous;
  }

  /** The state the latest `undo` took back, or undefined when there is none. */
  redo(): S | undefined {
    const next = this.future.pop();
    if (next === undefined) return undefined;
    this.past.push(this.present);
    this.present = next;
    this.openKey = undefined;
    this.counts();
    return next;
  }

  /** Forgets every step: `present` is the state now, with nothing to undo or redo. */
  restart(present: S): void {
    this.present = present;
    this.past = [];
    this.future = [];
    this.openKey = undefined;
    this.counts();
  }

  private counts(): void {
    this.pastCount = this.past.length;
    this.futureCount = this.future.length;
  }
}
