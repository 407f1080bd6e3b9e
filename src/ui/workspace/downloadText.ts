/**
 * Has the browser save `text` as a file named `fileName` (its downloads folder, or where
 * the reader says), through a link to a Blob that is let go once clicked.
 *
 * @example
 * downloadText('shortlist.json', scenarioFileText(draft.json));
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
