import { untrack } from 'svelte';
import { DraftStore, DRAFT_LIMIT, type DraftRecord, type Opened } from './DraftStore.js';
import { HISTORY_LIMIT } from './EditHistory.svelte.js';
import type { KeyValueStore } from './KeyValueStore.js';
import { MemoryStore } from './MemoryStore.js';
import { newId as randomId } from './newId.js';
import { sameJson } from './sameJson.js';
import { SavedScenarios, type SavedScenario } from './SavedScenarios.svelte.js';
import { ScenarioDraft } from './ScenarioDraft.svelte.js';
import { isRecord } from './draftJson.js';
import { setScenarioName } from './edits/index.js';

export type { DraftOrigin, Opened } from './DraftStore.js';

/** The `sessionStorage` key of the id of the tab's draft. */
const TAB_KEY = 'breach-sim.tab-draft';

export interface WorkspaceOptions {
  /** Where drafts and saved scenarios are kept (`localStorage`); undefined when the browser refuses it. */
  local: KeyValueStore | undefined;
  /** The tab's own storage (`sessionStorage`), which holds the id of the tab's draft. */
  session: KeyValueStore | undefined;
  /** What a first visit shows, and "Reset to the default model" brings back. */
  defaultModel: unknown;
  now?: () => number;
  newId?: () => string;
  /** Drafts kept in storage, of every tab (default 20). */
  draftLimit?: number;
  /** Undo steps of each draft (default 200). */
  historyLimit?: number;
  /**
   * Called with the id of the tab's draft whenever it changes, and `taken` to call if
   * another live tab turns out to edit the same draft (a duplicated tab shares the
   * `sessionStorage` it came from): the workspace then carries on in a copy of its own.
   */
  claim?: (id: string, taken: () => void) => void;
}

/**
 * The tab's work: the draft being edited (`draft`), saved in storage as it changes (an
 * invalid one too, as typed) and restored on reload; a scenario opened from outside (a
 * link, a file, a saved scenario), which opens as a draft of its own, the reader's own
 * draft kept one click away (`opened`, `keep`, `backToMine`); and the saved scenarios.
 *
 * Each tab edits a draft of its own, named in its `sessionStorage`; drafts live in
 * `localStorage` (`DraftStore`, the latest 20 of all tabs). A new tab starts from a
 * copy of the most recently changed draft, under a new id, so two tabs never write one
 * draft. A storage that is full or turned off stops nothing: the page works on, and
 * `saving` turns false so that it can say that work is not being kept.
 *
 * Call `watch` once (in a component) to commit and save each edit as it happens; or
 * `sync` after editing `draft.json` (through `state/edits`).
 *
 * @example
 * const workspace = new Workspace({ local: localStorage, session: sessionStorage, defaultModel });
 * const stop = workspace.watch();
 * workspace.openExternal(fileJson, 'file', 'shortlist.json');
 * workspace.opened; // { origin: 'file', label: 'shortlist.json' }
 * workspace.backToMine(); // the draft from before, as it was
 */
export class Workspace {
  /** The draft the page shows and edits. */
  draft: ScenarioDraft = $state.raw()!;
  /** Its id in storage (and in the tab's `sessionStorage`). */
  draftId: string = $state('');
  /** Set while the draft is one opened from outside that the reader has not kept. */
  opened: Opened | undefined = $state.raw();
  /** False while drafts cannot be written (storage full or turned off): work is not being kept. */
  saving: boolean = $state(true);
  /** The reader's named scenarios. */
  readonly saved: SavedScenarios;

  /** True when drafts can outlive the page at all (the browser gives a `localStorage`). */
  readonly persistent: boolean;
  private readonly drafts: DraftStore;
  private readonly session: KeyValueStore;
  private readonly defaultModel: unknown;
  private readonly now: () => number;
  private readonly newId: () => string;
  private readonly historyLimit: number;
  private readonly claim: WorkspaceOptions['claim'];
  /** The reader's own draft, while an opened one is shown: what `backToMine` returns to. */
  private previous: { id: string; draft?: ScenarioDraft } | undefined;
  /** What was last written for the current draft, to write only changes. */
  private written: { text: string; baseline: unknown; opened: Opened | undefined } | undefined;

  constructor(options: WorkspaceOptions) {
    this.persistent = options.local !== undefined;
    this.saving = this.persistent;
    const local = options.local ?? new MemoryStore();
    this.drafts = new DraftStore(local, options.draftLimit ?? DRAFT_LIMIT);
    this.session = options.session ?? new MemoryStore();
    this.defaultModel = structuredClone(options.defaultModel);
    this.now = options.now ?? Date.now;
    this.newId = options.newId ?? randomId;
    this.historyLimit = options.historyLimit ?? HISTORY_LIMIT;
    this.claim = options.claim;
    this.saved = new SavedScenarios(local, this.now, this.newId);

    const tabId = this.readSession();
    const own = tabId === undefined ? undefined : this.drafts.load(tabId);
    if (own) {
      this.show(own.id, this.draftOf(own), own.opened);
      this.previous = own.opened?.previousId === undefined ? undefined : { id: own.opened.previousId };
    } else {
      // A new tab: a copy of the latest work, under an id of its own, written once edited.
      const recent = this.drafts.mostRecent();
      this.show(this.newId(), recent ? this.draftOf(recent) : this.newDraft(this.defaultModel), undefined);
    }
  }

  /** Whether the draft was loaded from the default model (the header says "Default model" until it is edited). */
  get fromDefault(): boolean {
    return sameJson(this.draft.baseline, this.defaultModel);
  }

  /**
   * Opens `json` (from a link or a file; valid or not) as a draft of its own, never over
   * the reader's work: the draft shown until now stays one click away (`backToMine`), and
   * `opened` says what is open. An opened draft that has not been kept nor edited gives
   * way to the next one (going back still leads to the reader's own). Opening what is
   * already open (the same origin, label and scenario, as a reload of a link does) keeps
   * the draft as it is, edits included.
   */
  openExternal(json: unknown, origin: 'link' | 'file', label: string): void {
    this.open(json, { origin, label });
  }

  /** Opens saved scenario `id` as `openExternal` opens a file; false when there is none. */
  openSaved(id: string): boolean {
    const saved = this.saved.get(id);
    if (!saved) return false;
    this.open(saved.json, { origin: 'saved', label: saved.name });
    return true;
  }

  /** The opened draft becomes the tab's own; `opened` is cleared. */
  keep(): void {
    if (!this.opened) return;
    this.opened = undefined;
    this.previous = undefined;
    this.persist(true);
  }

  /** Leaves the opened draft (forgotten) for the reader's own, as it was, with its undo history. */
  backToMine(): void {
    if (!this.opened) return;
    const previous = this.previous;
    this.drafts.remove(this.draftId);
    const record = previous && !previous.draft ? this.drafts.load(previous.id) : undefined;
    const draft = previous?.draft ?? (record ? this.draftOf(record) : this.newDraft(this.defaultModel));
    this.previous = undefined;
    this.show(previous?.id ?? this.newId(), draft, undefined);
  }

  /** Replaces the draft with the default model, as one step that `draft.undo()` takes back. */
  resetToDefault(): void {
    this.draft.resetTo(this.defaultModel);
    this.sync();
  }

  /**
   * Saves the draft as a named scenario (replacing a saved one of the same name), and
   * names the draft so too (an undoable step), so that the header, the downloaded file
   * and the saved copy agree. Throws when the storage refuses it.
   */
  saveAs(name: string): SavedScenario {
    const clean = name.trim();
    const json = this.draft.json;
    if (isRecord(json) && json.name !== clean) {
      this.draft.commit();
      setScenarioName(json, clean);
      this.sync();
    }
    return this.saved.save(clean, $state.snapshot(this.draft.json));
  }

  /** Records the latest edit in the draft's history (`key`: the field typed into, see `ScenarioDraft.commit`) and saves the draft if it changed. */
  sync(key?: string): void {
    this.draft.commit(key);
    this.persist(false);
  }

  /**
   * Commits and saves every edit of the draft as it happens, until the function returned
   * is called. `editKey` names the field being typed into, if any, so that typing in one
   * field makes one undo step.
   */
  watch(editKey: () => string | undefined = () => undefined): () => void {
    return $effect.root(() => {
      $effect(() => {
        void this.draft.text;
        void this.draft.baseline;
        void this.opened;
        untrack(() => this.sync(editKey()));
      });
    });
  }

  /** Carries on in a copy of the draft under a new id (another tab edits this one). */
  fork(): void {
    this.show(this.newId(), this.draft, this.opened);
    this.persist(true);
  }

  private open(json: unknown, opened: Opened): void {
    this.draft.commit();
    const current = this.opened;
    if (current && current.origin === opened.origin && current.label === opened.label && sameJson(this.draft.baseline, json)) return;
    if (current && !this.draft.edited) {
      this.drafts.remove(this.draftId);
    } else {
      // The reader's own draft (or an opened one they have edited, which becomes theirs).
      this.opened = undefined;
      this.persist(true);
      this.previous = { id: this.draftId, draft: this.draft };
    }
    this.show(this.newId(), this.newDraft(json), opened);
    this.persist(true);
  }

  /** Makes `draft` the one shown, as draft `id`, and names it in the tab's storage. */
  private show(id: string, draft: ScenarioDraft, opened: Opened | undefined): void {
    this.draftId = id;
    this.draft = draft;
    this.opened = opened === undefined ? undefined : { origin: opened.origin, label: opened.label };
    this.written = { text: untrack(() => draft.text), baseline: draft.baseline, opened: this.opened };
    try {
      this.session.setItem(TAB_KEY, id);
    } catch {
      // Without it, a reload starts from the latest draft: this one, once edited.
    }
    this.claim?.(id, () => this.fork());
  }

  /** Writes the draft (`force`: even unchanged) with what it was opened from; `saving` says whether that worked. */
  private persist(force: boolean): void {
    const text = untrack(() => this.draft.text);
    const baseline = this.draft.baseline;
    const opened = this.opened;
    const last = this.written;
    if (!force && last && last.text === text && last.baseline === baseline && last.opened === opened) return;
    const record: DraftRecord = {
      id: this.draftId,
      json: JSON.parse(text),
      baseline,
      updated: this.now(),
      ...(opened ? { opened: { ...opened, previousId: this.previous?.id } } : {}),
    };
    try {
      this.drafts.save(record, this.previous ? [this.previous.id] : []);
      this.written = { text, baseline, opened };
      this.saving = this.persistent;
    } catch {
      this.saving = false;
    }
  }

  private draftOf(record: DraftRecord): ScenarioDraft {
    return new ScenarioDraft(record.json, record.baseline, this.historyLimit);
  }

  private newDraft(json: unknown): ScenarioDraft {
    return new ScenarioDraft(json, json, this.historyLimit);
  }

  private readSession(): string | undefined {
    try {
      return this.session.getItem(TAB_KEY) ?? undefined;
    } catch {
      return undefined;
    }
  }
}
