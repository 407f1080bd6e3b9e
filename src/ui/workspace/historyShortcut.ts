/** The keys of a keyboard event that `historyShortcut` reads. */
export type ShortcutKeys = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/**
 * What a key press asks of the page's history: Ctrl+Z (Cmd+Z on a Mac) undo,
 * Ctrl+Shift+Z and Ctrl+Y redo; undefined for anything else. The caller leaves key presses
 * in text fields to the browser.
 *
 * @example
 * historyShortcut({ key: 'z', ctrlKey: true, metaKey: false, shiftKey: false, altKey: false }); // 'undo'
 * historyShortcut({ key: 'Z', ctrlKey: true, metaKey: false, shiftKey: true, altKey: false }); // 'redo'
 * historyShortcut({ key: 'y', ctrlKey: true, metaKey: false, shiftKey: false, altKey: false }); // 'redo'
 * historyShortcut({ key: 'z', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false }); // undefined
 */
export function historyShortcut(event: ShortcutKeys): 'undo' | 'redo' | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return undefined;
}
