import { describe, expect, it } from 'vitest';
import { DraftStore, type DraftRecord } from '../../../src/ui/state/DraftStore.js';
import { MemoryStore } from '../../../src/ui/state/MemoryStore.js';

const record = (id: string, updated: number, extra: Partial<DraftRecord> = {}): DraftRecord => ({ id, json: { name: id }, baseline: { name: 'base' }, updated, ...extra });

describe('DraftStore', () => {
  it('keeps each draft under a key of its own and finds the most recently changed', () => {
    const store = new MemoryStore();
    const drafts = new DraftStore(store);
    drafts.save(record('a', 1));
    drafts.save(record('b', 3));
    drafts.save(record('a', 5, { json: { name: 'a, edited', typed: '0.4x' } }));
    expect(drafts.load('a')?.json).toEqual({ name: 'a, edited', typed: '0.4x' });
    expect(drafts.mostRecent()?.id).toBe('a');
    expect(drafts.ids()).toEqual(['a', 'b']);
    expect(store.keys().sort()).toEqual(['breach-sim.draft.a', 'breach-sim.draft.b', 'breach-sim.drafts']);
    drafts.remove('a');
    expect(drafts.load('a')).toBeUndefined();
    expect(drafts.mostRecent()?.id).toBe('b');
  });

  it("prefers the reader's own drafts to opened ones left unkept", () => {
    const drafts = new DraftStore(new MemoryStore());
    drafts.save(record('mine', 1));
    drafts.save(record('link', 2, { opened: { origin: 'link', label: 'x', previousId: 'mine' } }));
    expect(drafts.mostRecent()?.id).toBe('mine');
    drafts.remove('mine');
    expect(drafts.mostRecent()?.id).toBe('link');
  });

  it('keeps the latest `limit` drafts, and those it is told to keep or that an opened one leads back to', () => {
    const store = new MemoryStore();
    const drafts = new DraftStore(store, 2);
    drafts.save(record('mine', 0));
    drafts.save(record('opened', 1, { opened: { origin: 'file', label: 'f.json', previousId: 'mine' } }));
    for (let i = 2; i <= 5; i++) drafts.save(record(`d${i}`, i), ['d2']);
    expect(drafts.ids()).toEqual(['d5', 'd4', 'd2']); // d2 kept, d5 and d4 the latest two
    expect(store.getItem('breach-sim.draft.d3')).toBeNull();
    expect(store.getItem('breach-sim.draft.opened')).toBeNull();
    const leads = new DraftStore(new MemoryStore(), 2);
    leads.save(record('mine', 0));
    leads.save(record('opened', 1, { opened: { origin: 'file', label: 'f.json', previousId: 'mine' } }));
    leads.save(record('other', 2));
    leads.save(record('opened', 3, { opened: { origin: 'file', label: 'f.json', previousId: 'mine' } }));
    leads.save(record('another', 4));
    expect(leads.ids()).toEqual(['another', 'opened', 'mine']); // 'mine' older than the latest two
  });

  it('prunes harder when the storage is full, and throws when even that is not enough', () => {
    const one = JSON.stringify(record('d1', 1)).length + 'breach-sim.draft.d1'.length;
    const store = new MemoryStore({ capacity: 3 * one + 120 });
    const drafts = new DraftStore(store, 20);
    drafts.save(record('d1', 1));
    drafts.save(record('d2', 2));
    drafts.save(record('d3', 3));
    expect(() => drafts.save(record('d4', 4), ['d3'])).not.toThrow();
    expect(drafts.ids()).not.toContain('d1');
    expect(drafts.ids()).toContain('d3');
    expect(drafts.load('d4')).toBeDefined();
    const huge = record('big', 5, { json: { text: 'x'.repeat(4 * one) } });
    expect(() => drafts.save(huge)).toThrow(expect.objectContaining({ name: 'QuotaExceededError' }));
    expect(drafts.load('big')).toBeUndefined();
  });

  it('reads past what it cannot parse', () => {
    const store = new MemoryStore();
    store.setItem('breach-sim.drafts', '[{"id":"a","updated":2},{"id":"b","updated":1},{"nonsense":true}]');
    store.setItem('breach-sim.draft.a', '{not json');
    store.setItem('breach-sim.draft.b', JSON.stringify(record('b', 1)));
    const drafts = new DraftStore(store);
    expect(drafts.load('a')).toBeUndefined();
    expect(drafts.mostRecent()?.id).toBe('b');
    store.setItem('breach-sim.drafts', 'garbage');
    expect(drafts.mostRecent()).toBeUndefined();
  });
});
