import { downloadBlob } from '../common/downloadBlob.js';

/**
 * Has the browser save `text` as a file named `fileName` (its downloads folder, or where
 * the reader says), through a link to a Blob that is let go once clicked.
 *
 * @example
 * downloadText('shortlist.json', scenarioFileText(draft.json));
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}
