import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../src/ui/state/MemoryStore.js';

describe('MemoryStore', () => {
  it('stores, replaces and removes as Web Storage does', () => {
    const store = new MemoryStore();
    expect(store.getItem('a')).toBeNull();
    store.setItem('a', '1');
    store.setItem('a', '22');
    expect(store.getItem('a')).toBe('22');
    store.removeItem('a');
    expect(store.getItem('a')).toBeNull();
  });

  it('throws a QuotaExceededError past its capacity, counting keys and values, and keeps what it had', () => {
    const store = new MemoryStore({ capacity: 10 });
    store.setItem('a', '12345');
    expect(() => store.setItem('b', '12345')).toThrow(expect.objectContaining({ name: 'QuotaExceededError' }));
    store.setItem('a', '123456789'); // replacing frees the old value first
    expect(store.getItem('b')).toBeNull();
    expect(store.size()).toBe(10);
  });
});
