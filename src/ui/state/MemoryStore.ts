import type { KeyValueStore } from './KeyValueStore.js';

/**
 * A `KeyValueStore` in memory: the stand-in for a browser storage in tests, and for one
 * the browser refuses (the page then works, but keeps nothing past its own life). With
 * `capacity`, a write that would take the keys and values over that many characters
 * throws a `QuotaExceededError`, as a full `localStorage` does.
 *
 * @example
 * const store = new MemoryStore({ capacity: 10 });
 * store.setItem('a', '12345'); // fine: 6 characters
 * store.setItem('b', '1234567890'); // throws QuotaExceededError
 */
export class MemoryStore implements KeyValueStore {
  private readonly items = new Map<string, string>();

  constructor(private readonly options: { capacity?: number } = {}) {}

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    const capacity = this.options.capacity;
    if (capacity !== undefined) {
      const others = this.size() - (this.items.has(key) ? key.length + this.items.get(key)!.length : 0);
      if (others + key.length + value.length > capacity) {
        throw new DOMException(`storing ${key} would exceed the quota`, 'QuotaExceededError');
      }
    }
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }

  /** The keys held, in the order they were first written. */
  keys(): string[] {
    return [...this.items.keys()];
  }

  /** Characters held, keys and values. */
  size(): number {
    let n = 0;
    for (const [k, v] of this.items) n += k.length + v.length;
    return n;
  }
}
