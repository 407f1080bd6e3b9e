import type { KeyValueStore } from './KeyValueStore.js';
import { newId as randomId } from './newId.js';
import { withName } from './withName.js';

/** A scenario the reader named and saved. */
export interface SavedScenario {
  readonly id: string;
  readonly name: string;
  /** The scenario JSON as it was saved (valid or not), its `name` the same as `name`. */
  readonly json: unknown;
  /** When it was saved (ms since 1970). */
  readonly savedAt: number;
}

const SAVED_KEY = 'breach-sim.saved';

/**
 * The reader's named scenarios, in a `KeyValueStore`: `localStorage`, under one key.
 * Why there: a scenario is a few kB of JSON (the default model is 10 kB), so a list of a
 * hundred fits well inside the 5 MB an origin gets; the calls are synchronous (a save is
 * on disk before the next event, with no transaction to wait for, as IndexedDB would
 * need); it is shared by every tab of the page and outlives them, and needs no server.
 * The list is read afresh before each change, so two tabs saving do not lose each
 * other's scenarios. A change that the storage refuses (full, turned off) throws and
 * changes nothing. `list` is reactive, by name.
 *
 * @example
 * const saved = new SavedScenarios(new MemoryStore());
 * const a = saved.save('Shortlist', model);
 * saved.rename(a.id, 'Final shortlist');
 * saved.duplicate(a.id).name; // 'Final shortlist (copy)'
 * saved.list.map((s) => s.name); // ['Final shortlist', 'Final shortlist (copy)']
 */
export class SavedScenarios {
  /** Every saved scenario, by name. */
  list: readonly SavedScenario[] = $state.raw([]);

  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => number = Date.now,
    private readonly newId: () => string = randomId,
  ) {
    this.refresh();
  }

  /** Reads the list again (another tab may have changed it). */
  refresh(): void {
    this.list = byName(this.read());
  }

  get(id: string): SavedScenario | undefined {
    return this.list.find((s) => s.id === id);
  }

  /** The saved scenario of this name (names are compared trimmed), if any. */
  named(name: string): SavedScenario | undefined {
    return this.read().find((s) => s.name === name.trim());
  }

  /** Saves `json` under `name` (its `name` set to it), replacing a saved scenario of that name if there is one. */
  save(name: string, json: unknown): SavedScenario {
    const clean = name.trim();
    const list = this.read();
    const same = list.find((s) => s.name === clean);
    const entry: SavedScenario = { id: same?.id ?? this.newId(), name: clean, json: withName(json, clean), savedAt: this.now() };
    this.write([...list.filter((s) => s.id !== entry.id), entry]);
    return entry;
  }

  /** Renames saved scenario `id` (its JSON's `name` too). */
  rename(id: string, name: string): void {
    const clean = name.trim();
    this.write(this.read().map((s) => (s.id === id ? { ...s, name: clean, json: withName(s.json, clean) } : s)));
  }

  /** Saves a copy of saved scenario `id`, named "… (copy)" ("… (copy 2)" when that is taken). */
  duplicate(id: string): SavedScenario {
    const list = this.read();
    const source = list.find((s) => s.id === id);
    if (!source) throw new RangeError(`no saved scenario ${id}`);
    const names = new Set(list.map((s) => s.name));
    let name = `${source.name} (copy)`;
    for (let n = 2; names.has(name); n++) name = `${source.name} (copy ${n})`;
    const copy: SavedScenario = { id: this.newId(), name, json: withName(source.json, name), savedAt: this.now() };
    this.write([...list, copy]);
    return copy;
  }

  remove(id: string): void {
    this.write(this.read().filter((s) => s.id !== id));
  }

  private read(): SavedScenario[] {
    try {
      const parsed: unknown = JSON.parse(this.store.getItem(SAVED_KEY) ?? '[]');
      if (!Array.isArray(parsed)) return [];
      return parsed.filter((s): s is SavedScenario => typeof s?.id === 'string' && typeof s?.name === 'string' && typeof s?.savedAt === 'number');
    } catch {
      return [];
    }
  }

  private write(list: SavedScenario[]): void {
    this.store.setItem(SAVED_KEY, JSON.stringify(list));
    this.list = byName(list);
  }
}

function byName(list: readonly SavedScenario[]): SavedScenario[] {
  return [...list].sort((a, b) => a.name.localeCompare(b.name) || a.savedAt - b.savedAt);
}
