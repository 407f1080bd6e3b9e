/** `<input>` types that take typed text, where the browser's own undo applies. */
const TEXT_TYPES = new Set(['text', 'search', 'number', 'email', 'url', 'tel', 'password', 'date', 'time', 'datetime-local', 'month', 'week']);

/**
 * Whether `element` takes typed text (a text input, a textarea, something editable): there
 * Ctrl+Z is the browser's, not the page's, and typing makes one undo step per field.
 *
 * @example
 * isTextEntry(document.querySelector('[data-path="simulation.seed"]')); // true
 * isTextEntry(document.querySelector('[data-testid=control-toggle]')); // false
 */
export function isTextEntry(element: Element | null): element is HTMLElement {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) return TEXT_TYPES.has(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
}
