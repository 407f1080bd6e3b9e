/**
 * Has the browser save `blob` as `fileName`, through a link to it that is let go once clicked.
 *
 * @example
 * downloadBlob('trials.csv', new Blob(parts, { type: 'text/csv' }));
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
