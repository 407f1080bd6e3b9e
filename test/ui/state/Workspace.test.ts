import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../src/ui/state/MemoryStore.js';
import { Workspace, type WorkspaceOptions } from '../../../src/ui/state/Workspace.svelte.js';
import { getAt } from '../../../src/ui/state/draftJson.js';
import { setAt } from '../../../src/ui/state/edits/index.js';
import { readJson } from '../../helpers/fixtures.js';

const model = () => readJson('models/retail-bpo-2021.json');

/** A browser of in-memory storages: `tab()` opens a tab (its own session storage), `reload(tab)` reloads one. */
function browser(storage: MemoryStore | 'refused' = new MemoryStore(), options: Partial<WorkspaceOptions> = {}) {
  const local = storage === 'refused' ? undefined : storage;
  let clock = 1_000;
  let ids = 0;
  const make = (session: MemoryStore) => {
    const workspace = new Workspace({ local, session, defaultModel: model(), now: () => clock++, newId: () => `id${++ids}`, ...options });
    return Object.assign(workspace, { tabStore: session });
  };
  return {
    local,
    tab: () => make(new MemoryStore()),
    reload: (tab: { tabStore: MemoryStore }) => make(tab.tabStore),
  };
}

describe('Workspace: work that is never lost', () => {
  it('starts from the default model, writes nothing until edited, and a reload restores the draft as typed', () => {
    const b = browser();
    const tab = b.tab();
    expect(tab.draft.json).toEqual(model());
    expect(tab.fromDefault).toBe(true);
    expect(b.local!.keys()).toEqual([]);
    setAt(tab.draft.json, ['frequency', 'annualIncidence', 'value'], '0.4x');
    tab.sync('frequency.annualIncidence.value');
    const again = b.reload(tab);
    expect(again.draftId).toBe(tab.draftId);
    expect(getAt(again.draft.json, ['frequency', 'annualIncidence', 'value'])).toBe('0.4x');
    expect(again.draft.valid).toBeUndefined();
    expect(again.draft.edited).toBe(true);
    expect(again.fromDefault).toBe(true);
  });

  it('gives a new tab a copy of the latest draft, under an id of its own, so two tabs never write one draft', () => {
    const b = browser();
    const first = b.tab();
    first.draft.json.name = 'First tab';
    first.sync();
    const second = b.tab();
    expect(second.draftId).not.toBe(first.draftId);
    expect(second.draft.json.name).toBe('First tab');
    second.draft.json.name = 'Second tab';
    second.sync();
    expect(b.reload(first).draft.json.name).toBe('First tab');
    expect(b.reload(second).draft.json.name).toBe('Second tab');
    // The newest work is what the next tab starts from.
    expect(b.tab().draft.json.name).toBe('Second tab');
  });

  // `watch` runs `sync` in an effect after each change; effects do not run in Node (Svelte's
  // server build), so the browser tests cover it, and these call `sync` as it would.
  it('commits and saves every edit on sync, typing in one field making one undo step', () => {
    const b = browser();
    const tab = b.tab();
    const seed = model().simulation.seed;
    for (const typed of ['a', 'ab', 'abc']) {
      setAt(tab.draft.json, ['simulation', 'seed'], typed);
      tab.sync('simulation.seed');
    }
    tab.draft.toggleControl(4, 'vdi');
    tab.sync();
    expect(getAt(b.reload(tab).draft.json, ['simulation', 'seed'])).toBe('abc');
    tab.draft.undo();
    tab.sync();
    expect(getAt(tab.draft.json, ['vendors', 4, 'controls'])).toHaveLength(1);
    tab.draft.undo();
    tab.sync();
    expect(getAt(tab.draft.json, ['simulation', 'seed'])).toBe(seed);
    expect(tab.draft.canUndo).toBe(false);
    expect(getAt(b.reload(tab).draft.json, ['simulation', 'seed'])).toBe(seed); // the undo is saved too
  });

  it('keeps the last `draftLimit` drafts of all tabs', () => {
    const b = browser(new MemoryStore(), { draftLimit: 3 });
    const tabs = Array.from({ length: 5 }, (_, i) => {
      const tab = b.tab();
      tab.draft.json.name = `tab ${i}`;
      tab.sync();
      return tab;
    });
    expect(b.reload(tabs[4]).draft.json.name).toBe('tab 4');
    expect(b.reload(tabs[2]).draft.json.name).toBe('tab 2');
    // Pruned: a reload of the oldest tab starts again from the latest work.
    const oldest = b.reload(tabs[0]);
    expect(oldest.draftId).not.toBe(tabs[0].draftId);
    expect(oldest.draft.json.name).toBe('tab 4');
  });

  it('resets to the default model as one step that undo takes back', () => {
    const tab = browser().tab();
    tab.draft.json.name = 'Mine';
    setAt(tab.draft.json, ['frequency', 'annualIncidence', 'value'], 0.5);
    tab.sync();
    tab.resetToDefault();
    expect(tab.draft.json).toEqual(model());
    expect(tab.draft.edited).toBe(false);
    tab.draft.undo();
    expect(tab.draft.json.name).toBe('Mine');
    expect(getAt(tab.draft.json, ['frequency', 'annualIncidence', 'value'])).toBe(0.5);
  });
});

describe('Workspace: opening a scenario from outside', () => {
  const file = () => ({ ...model(), name: 'From a file' });

  it("opens it as a draft of its own, the reader's kept one click away with its history", () => {
    const b = browser();
    const tab = b.tab();
    tab.draft.json.name = 'Mine';
    tab.sync();
    const mine = tab.draft;
    const mineId = tab.draftId;
    tab.openExternal(file(), 'file', 'shortlist.json');
    expect(tab.opened).toEqual({ origin: 'file', label: 'shortlist.json' });
    expect(tab.draft).not.toBe(mine);
    expect(tab.draft.json.name).toBe('From a file');
    expect(tab.draft.edited).toBe(false);
    expect(tab.fromDefault).toBe(false);
    expect(mine.json.name).toBe('Mine');
    tab.backToMine();
    expect(tab.opened).toBeUndefined();
    expect(tab.draft).toBe(mine);
    expect(tab.draftId).toBe(mineId);
    expect(tab.draft.canUndo).toBe(true);
    expect(b.reload(tab).draft.json.name).toBe('Mine');
  });

  it('keeps the opened draft as the tab\'s own', () => {
    const b = browser();
    const tab = b.tab();
    tab.openExternal(file(), 'link', 'a shared link');
    tab.keep();
    expect(tab.opened).toBeUndefined();
    const again = b.reload(tab);
    expect(again.opened).toBeUndefined();
    expect(again.draft.json.name).toBe('From a file');
  });

  it('survives a reload with the bar and the way back', () => {
    const b = browser();
    const tab = b.tab();
    tab.draft.json.name = 'Mine';
    tab.sync();
    tab.openExternal(file(), 'file', 'shortlist.json');
    tab.draft.json.name = 'From a file, edited';
    tab.sync();
    const again = b.reload(tab);
    expect(again.opened).toEqual({ origin: 'file', label: 'shortlist.json' });
    expect(again.draft.json.name).toBe('From a file, edited');
    again.backToMine();
    expect(again.draft.json.name).toBe('Mine');
    expect(b.reload(again).opened).toBeUndefined();
  });

  it('opens an invalid scenario as a draft with its errors (never run), and anything at all without failing', () => {
    const tab = browser().tab();
    const broken = { ...model(), vendors: [{ id: 'a', name: 'A', annualPrice: 'lots', controls: ['mfx'] }] };
    tab.openExternal(broken, 'file', 'broken.json');
    expect(tab.draft.valid).toBeUndefined();
    expect(tab.draft.runKey).toBeUndefined();
    expect(tab.draft.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['vendors[0].annualPrice']));
    for (const json of [[1, 2], 42, null, 'text', {}]) {
      tab.openExternal(json, 'file', 'odd.json');
      expect(tab.draft.errors.length).toBeGreaterThan(0);
    }
    tab.backToMine();
    expect(tab.draft.valid).toBeDefined();
  });

  it('lets an unedited opened draft give way to the next, and keeps an edited one as the way back', () => {
    const tab = browser().tab();
    tab.draft.json.name = 'Mine';
    tab.sync();
    tab.openExternal(file(), 'file', 'a.json');
    tab.openExternal({ ...file(), name: 'B' }, 'file', 'b.json');
    tab.backToMine();
    expect(tab.draft.json.name).toBe('Mine');
    tab.openExternal(file(), 'file', 'a.json');
    tab.draft.json.name = 'A, edited';
    tab.sync();
    tab.openExternal({ ...file(), name: 'B' }, 'file', 'b.json');
    tab.backToMine();
    expect(tab.draft.json.name).toBe('A, edited');
  });

  it('changes nothing when what is open is opened again (a reload of a link), edits included', () => {
    const b = browser();
    const tab = b.tab();
    tab.openExternal(file(), 'link', 'a shared link');
    tab.draft.json.name = 'Edited';
    tab.sync();
    const again = b.reload(tab);
    again.openExternal(file(), 'link', 'a shared link');
    expect(again.draftId).toBe(tab.draftId);
    expect(again.draft.json.name).toBe('Edited');
  });

  it('never prunes the draft to go back to while the opened one is kept', () => {
    const b = browser(new MemoryStore(), { draftLimit: 3 });
    const tab = b.tab();
    tab.draft.json.name = 'Mine';
    tab.sync();
    tab.openExternal(file(), 'file', 'a.json');
    for (let i = 0; i < 2; i++) {
      const other = b.tab();
      other.draft.json.name = `other ${i}`;
      other.sync();
    }
    tab.draft.json.name = 'a, edited';
    tab.sync();
    const again = b.reload(tab);
    again.backToMine();
    expect(again.draft.json.name).toBe('Mine');
  });
});

describe('Workspace: saved scenarios', () => {
  it('names the draft as it saves it (an undoable step), and opens a saved one as a draft of its own', () => {
    const tab = browser().tab();
    const saved = tab.saveAs(' Shortlist v2 ');
    expect(tab.draft.json.name).toBe('Shortlist v2');
    expect(tab.saved.list.map((s) => s.name)).toEqual(['Shortlist v2']);
    tab.draft.undo();
    expect(tab.draft.json.name).toBe(model().name);
    expect(tab.openSaved(saved.id)).toBe(true);
    expect(tab.opened).toEqual({ origin: 'saved', label: 'Shortlist v2' });
    expect(tab.draft.json.name).toBe('Shortlist v2');
    expect(tab.openSaved('nothing')).toBe(false);
  });
});

describe('Workspace: a storage that will not keep anything', () => {
  it('works on without one, and says work is not being saved', () => {
    const b = browser('refused');
    const tab = b.tab();
    expect(tab.persistent).toBe(false);
    expect(tab.saving).toBe(false);
    tab.draft.json.name = 'x';
    tab.sync();
    tab.saveAs('Kept for the page');
    expect(tab.saved.list).toHaveLength(1);
    tab.openExternal({}, 'file', 'f.json');
    tab.backToMine();
    expect(tab.draft.json.name).toBe('Kept for the page');
  });

  it('turns `saving` off while the storage is full, and on again once a write works', () => {
    const local = new MemoryStore({ capacity: 30_000 });
    const tab = browser(local).tab();
    expect(tab.saving).toBe(true);
    tab.draft.json.name = 'x'.repeat(40_000);
    tab.sync();
    expect(tab.saving).toBe(false);
    tab.draft.json.name = 'short';
    tab.sync();
    expect(tab.saving).toBe(true);
  });

  it('carries on in a copy when another live tab claims its draft', () => {
    const claims: string[] = [];
    let taken: (() => void) | undefined;
    const b = browser(new MemoryStore(), { claim: (id, onTaken) => { claims.push(id); taken = onTaken; } });
    const tab = b.tab();
    tab.draft.json.name = 'Duplicated';
    tab.sync();
    const before = tab.draftId;
    taken!();
    expect(tab.draftId).not.toBe(before);
    expect(claims).toEqual([before, tab.draftId]);
    expect(b.reload(tab).draft.json.name).toBe('Duplicated');
  });
});
