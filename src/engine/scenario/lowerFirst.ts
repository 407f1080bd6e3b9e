/**
 * A label to use inside a sentence: its first letter in lower case, unless its first word
 * is an acronym.
 *
 * @example
 * lowerFirst('Virtual desktops (VDI)'); // 'virtual desktops (VDI)'
 * lowerFirst('PCI DSS compliant'); // 'PCI DSS compliant'
 */
export function lowerFirst(text: string): string {
  const word = text.split(/\s/)[0];
  if (word.length > 1 && word === word.toUpperCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
