/**
 * The part of the Web Storage API (`localStorage`, `sessionStorage`) the workspace uses,
 * so that its logic runs on an in-memory `MemoryStore` in tests. `setItem` may throw
 * (a full or disabled storage does): callers catch it.
 *
 * @example
 * const store: KeyValueStore = window.localStorage;
 * store.setItem('k', 'v');
 * store.getItem('k'); // 'v'
 */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}
