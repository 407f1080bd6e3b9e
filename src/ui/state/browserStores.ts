import type { KeyValueStore } from './KeyValueStore.js';

/**
 * The page's `localStorage` and `sessionStorage`, each undefined when the browser refuses
 * it (storage turned off: reading the property, or the first read, throws). Nothing is
 * written to find out, so a full storage still counts as there (it can be read).
 *
 * @example
 * const { local, session } = browserStores();
 * local?.getItem('breach-sim.drafts'); // the index of drafts, or null
 */
export function browserStores(): { local: KeyValueStore | undefined; session: KeyValueStore | undefined } {
  return { local: usable(() => window.localStorage), session: usable(() => window.sessionStorage) };
}

function usable(get: () => Storage): KeyValueStore | undefined {
  try {
    const store = get();
    store.getItem('breach-sim.probe');
    return store;
  } catch {
    return undefined;
  }
}
