import type { KeyValueStore } from './KeyValueStore.js';

/** Where a draft opened from that is not the reader's own (yet): a link, a file, a saved scenario. */
export type DraftOrigin = 'link' | 'file' | 'saved';

/** What the bar at the top of the page says about a draft opened from outside. */
export interface Opened {
  readonly origin: DraftOrigin;
  /** The file's name, the saved scenario's name, or what the link says. */
  readonly label: string;
}

/** A draft as kept in storage. */
export interface DraftRecord {
  readonly id: string;
  /** The scenario JSON as typed (`ScenarioDraft.json`), valid or not. */
  readonly json: unknown;
  /** The scenario as loaded, to tell what has been edited since. */
  readonly baseline: unknown;
  /** When it last changed (ms since 1970). */
  readonly updated: number;
  /** Set while the draft is one opened from outside and not kept: the bar's text and the draft to go back to. */
  readonly opened?: Opened & { readonly previousId?: string };
}

/** How many drafts the store keeps by default; the least recently changed go first. */
export const DRAFT_LIMIT = 20;

const INDEX_KEY = 'breach-sim.drafts';
const DRAFT_PREFIX = 'breach-sim.draft.';

type IndexEntry = { id: string; updated: number; opened: boolean; previousId?: string };

/**
 * The drafts of every tab, in a `KeyValueStore` (`localStorage`): each draft under a key
 * of its own (so a tab writes only its own draft as it is edited, and two tabs never
 * overwrite each other's), and an index of ids by last change, read afresh at each
 * write. A write keeps the `limit` most recently changed drafts and prunes the rest,
 * but never the one written, those named in `keep`, nor a draft that an opened one leads
 * back to ("Back to my scenario"). When the storage is full, a write prunes harder (down
 * to the drafts it must keep) and tries again; if it still fails, it throws.
 *
 * @example
 * const drafts = new DraftStore(new MemoryStore());
 * drafts.save({ id: 'a', json: model, baseline: model, updated: 1 });
 * drafts.load('a')?.updated; // 1
 * drafts.mostRecent()?.id; // 'a'
 */
export class DraftStore {
  constructor(private readonly store: KeyValueStore, private readonly limit = DRAFT_LIMIT) {}

  load(id: string): DraftRecord | undefined {
    const text = this.read(DRAFT_PREFIX + id);
    if (text === null) return undefined;
    try {
      const record = JSON.parse(text) as DraftRecord;
      return record && record.id === id ? record : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * The most recently changed draft that is the reader's own (not an opened one left
   * unkept), else the most recently changed of any; undefined when there is none.
   */
  mostRecent(): DraftRecord | undefined {
    const index = this.index();
    for (const entry of [...index.filter((e) => !e.opened), ...index.filter((e) => e.opened)]) {
      const record = this.load(entry.id);
      if (record) return record;
    }
    return undefined;
  }

  /** Ids of the drafts kept, the most recently changed first. */
  ids(): string[] {
    return this.index().map((e) => e.id);
  }

  /** Writes `record`, then prunes to the `limit` most recent drafts, sparing `record`, those in `keep` and those opened drafts lead back to. Throws when the storage will not take it. */
  save(record: DraftRecord, keep: readonly string[] = []): void {
    const spare = new Set([...keep, record.id]);
    const text = JSON.stringify(record);
    const entry: IndexEntry = { id: record.id, updated: record.updated, opened: record.opened !== undefined, previousId: record.opened?.previousId };
    // The record takes one of the `limit` places.
    let { kept, counted } = this.prune([entry, ...this.index().filter((e) => e.id !== record.id)], this.limit - 1, spare);
    for (;;) {
      try {
        this.store.setItem(DRAFT_PREFIX + record.id, text);
        this.store.setItem(INDEX_KEY, JSON.stringify(kept));
        return;
      } catch (error) {
        if (counted === 0) throw error;
        ({ kept, counted } = this.prune(kept, counted - 1, spare));
      }
    }
  }

  /** Forgets draft `id`. */
  remove(id: string): void {
    const index = this.index();
    this.write(INDEX_KEY, JSON.stringify(index.filter((e) => e.id !== id)));
    this.store.removeItem(DRAFT_PREFIX + id);
  }

  /**
   * `index` cut to its `size` most recent entries, plus those in `keep` and the drafts that
   * the opened ones kept lead back to (which never go); the drafts of the rest are removed
   * from the store.
   */
  private prune(index: IndexEntry[], size: number, keep: ReadonlySet<string>): { kept: IndexEntry[]; counted: number } {
    const spare = new Set(keep);
    const kept: IndexEntry[] = [];
    let room = size;
    // Most recent first: an opened draft is newer than the one it leads back to.
    for (const e of [...index].sort((a, b) => b.updated - a.updated)) {
      const counts = !spare.has(e.id);
      if (counts && room <= 0) {
        this.store.removeItem(DRAFT_PREFIX + e.id);
        continue;
      }
      if (counts) room--;
      kept.push(e);
      if (e.previousId !== undefined) spare.add(e.previousId);
    }
    return { kept, counted: size - room };
  }

  /** The index, most recent first; entries that cannot be read are dropped. */
  private index(): IndexEntry[] {
    const text = this.read(INDEX_KEY);
    if (text === null) return [];
    try {
      const parsed: unknown = JSON.parse(text);
      if (!Array.isArray(parsed)) return [];
      return parsed
        .filter((e): e is IndexEntry => typeof e?.id === 'string' && typeof e?.updated === 'number')
        .map((e) => ({ id: e.id, updated: e.updated, opened: e.opened === true, ...(typeof e.previousId === 'string' ? { previousId: e.previousId } : {}) }))
        .sort((a, b) => b.updated - a.updated);
    } catch {
      return [];
    }
  }

  private read(key: string): string | null {
    try {
      return this.store.getItem(key);
    } catch {
      return null;
    }
  }

  private write(key: string, value: string): void {
    try {
      this.store.setItem(key, value);
    } catch {
      // A smaller index than the one stored: the next successful save writes it again.
    }
  }
}
