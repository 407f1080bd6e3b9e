/**
 * A label broken at spaces into at most `maxLines` lines of at most `maxChars`
 * characters; a word longer than a line is cut, and text that does not fit ends in `…`.
 * O(length).
 *
 * @example
 * wrapLabel('Reference: no listed controls', 14); // ['Reference: no', 'listed…']
 * wrapLabel('Bluepeak BPO', 14); // ['Bluepeak BPO']
 */
export function wrapLabel(text: string, maxChars: number, maxLines = 2): string[] {
  const width = Math.max(2, Math.floor(maxChars));
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    if (words[i].length > width) {
      lines.push(words[i].slice(0, width));
      break;
    }
    let line = words[i++];
    while (i < words.length && line.length + 1 + words[i].length <= width) line += ` ${words[i++]}`;
    lines.push(line);
  }
  const rest = i < words.length || lines.join(' ').length < words.join(' ').length;
  if (rest && lines.length > 0) {
    const tail = lines[lines.length - 1];
    lines[lines.length - 1] = (tail.length >= width ? tail.slice(0, width - 1).trimEnd() : tail) + '…';
  }
  return lines;
}
