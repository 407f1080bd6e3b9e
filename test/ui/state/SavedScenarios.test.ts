import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../src/ui/state/MemoryStore.js';
import { SavedScenarios } from '../../../src/ui/state/SavedScenarios.svelte.js';

function saved(store = new MemoryStore()) {
  let id = 0;
  let clock = 1000;
  return new SavedScenarios(store, () => clock++, () => `s${++id}`);
}

describe('SavedScenarios', () => {
  it('saves, renames, duplicates and deletes, the JSON named as the entry, the list by name', () => {
    const list = saved();
    const a = list.save('  Shortlist ', { format: 'breach-scenario/1', name: 'old' });
    expect(a).toEqual({ id: 's1', name: 'Shortlist', json: { format: 'breach-scenario/1', name: 'Shortlist' }, savedAt: 1000 });
    list.save('Another', { name: 'x' });
    list.rename(a.id, 'Final');
    expect(list.get(a.id)?.json).toEqual({ format: 'breach-scenario/1', name: 'Final' });
    expect(list.duplicate(a.id).name).toBe('Final (copy)');
    expect(list.duplicate(a.id).name).toBe('Final (copy 2)');
    expect(list.list.map((s) => s.name)).toEqual(['Another', 'Final', 'Final (copy 2)', 'Final (copy)']);
    list.remove(a.id);
    expect(list.get(a.id)).toBeUndefined();
    expect(list.list).toHaveLength(3);
  });

  it('replaces a saved scenario of the same name', () => {
    const list = saved();
    const a = list.save('Shortlist', { name: 'Shortlist', v: 1 });
    const b = list.save('Shortlist', { name: 'Shortlist', v: 2 });
    expect(b.id).toBe(a.id);
    expect(list.list).toHaveLength(1);
    expect(list.named(' Shortlist')?.json).toEqual({ name: 'Shortlist', v: 2 });
  });

  it('keeps what another tab saved in the meantime', () => {
    const store = new MemoryStore();
    const here = saved(store);
    const there = new SavedScenarios(store, () => 5, () => 'other');
    there.save('From the other tab', {});
    here.save('Mine', {});
    expect(here.list.map((s) => s.name)).toEqual(['From the other tab', 'Mine']);
    there.refresh();
    expect(there.list).toHaveLength(2);
  });

  it('throws, changing nothing, when the storage refuses', () => {
    const store = new MemoryStore({ capacity: 200 });
    const list = saved(store);
    list.save('Small', {});
    expect(() => list.save('Big', { text: 'x'.repeat(500) })).toThrow(expect.objectContaining({ name: 'QuotaExceededError' }));
    expect(list.list.map((s) => s.name)).toEqual(['Small']);
  });
});
