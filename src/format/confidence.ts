/**
 * Words for how sure the chance that a vendor is the cheapest makes us.
 *
 * @example
 * confidenceWords(0.97); // 'almost certain'
 * confidenceWords(0.55); // 'a close call'
 */
export function confidenceWords(p: number): string {
  if (p >= 0.95) return 'almost certain';
  if (p >= 0.8) return 'very likely';
  if (p >= 0.65) return 'likely';
  return 'a close call';
}
